/**
 * The regulation side of the CLI (issue 17), kept apart from src/cli.ts:
 *   delib results IN.csv --regulation REGLEMENTATION.json   (instead of --preset ID)
 *   delib reglementation --preset ID [--out FICHIER.json]    (a built-in preset as a regulation file)
 * The file written is byte for byte the app's export (src/io/regulation-file.ts).
 */
import { getPreset, presets } from './domain/presets/index.ts';
import type { Regulation } from './domain/regulation.ts';
import { readRegulationFile, regulationFileBytes } from './io/regulation-file.ts';

/** Minimal I/O the CLI uses (same shape as CliIo in cli.ts). */
export interface RegulationCliIo {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  stdout(data: Uint8Array | string): void;
  stderr(text: string): void;
}

export const REGLEMENTATION_USAGE = `  delib reglementation --preset ${Object.keys(presets).join('|')} [--out REGLEMENTATION.json]

Écrit la réglementation intégrée choisie dans un fichier JSON (sur la sortie standard sans --out),
à modifier puis à donner à « delib results … --regulation REGLEMENTATION.json » ou à importer dans l'application.`;

/**
 * The regulation of a `results` run, read from a file; null and the faults written on stderr (one
 * French line each, naming the file and the field) when it cannot be used.
 */
export function loadRegulationFile(path: string, io: RegulationCliIo): Regulation | null {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${path} : ${code === 'ENOENT' ? 'fichier introuvable' : 'lecture impossible'}\n`);
    return null;
  }
  const read = readRegulationFile(bytes);
  if (!read.ok) {
    io.stderr(read.errors.map((e) => `${path} : ${e}\n`).join(''));
    return null;
  }
  return read.value;
}

/** `delib reglementation …`: returns the exit status (0, 1 on a write error, 2 on a usage error). */
export function runReglementation(args: string[], io: RegulationCliIo, usageError: (message: string) => number): number {
  let presetId: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--preset') presetId = args[++i];
    else if (arg === '--out' || arg === '-o') {
      output = args[++i];
      if (output === undefined) return usageError('--out sans nom de fichier');
    } else return usageError(`argument inconnu « ${arg} »`);
  }
  if (presetId === undefined) return usageError('--preset ID attendu');
  const preset = getPreset(presetId);
  if (!preset) return usageError(`réglementation inconnue « ${presetId} »`);
  const data = regulationFileBytes(preset);
  return writeOutput(io, output, data);
}

/** Writes the command's result to `output`, or to standard output without one; the exit status. */
export function writeOutput(io: Pick<RegulationCliIo, 'stdout' | 'stderr' | 'writeFile'>, output: string | undefined, data: Uint8Array): number {
  if (output === undefined) io.stdout(data);
  else {
    try {
      io.writeFile(output, data);
    } catch {
      io.stderr(`${output} : écriture impossible\n`);
      return 1;
    }
  }
  return 0;
}
