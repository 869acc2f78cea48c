/**
 * `delib`: the results engine from the command line, with the same src/domain and src/io as the app.
 *   npm run --silent delib -- results IN.csv [--out OUT.csv] [--encoding utf-8|windows-1252] [--preset ID]
 * Exit 0 on success; 1 on any input error (one French line per error on stderr, nothing written);
 * 2 on a usage error.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { checkFileSize } from './io/file-check.ts';
import { getPreset, defaultPreset, presets } from './domain/presets/index.ts';
import type { TextEncodingName } from './io/decode.ts';
import { resultsFromCandidatesFile } from './io/results-file.ts';

const USAGE = `Utilisation :
  delib results FICHIER.csv [--out RESULTATS.csv] [--encoding utf-8|windows-1252] [--preset ${Object.keys(presets).join('|')}]

Calcule la moyenne et la décision de chaque candidat du fichier et écrit le fichier des résultats
(sur la sortie standard, ou dans RESULTATS.csv avec --out).`;

const ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

export interface CliIo {
  readFile(path: string): Uint8Array;
  /** The file's size in bytes, read before the file itself (a file over the limit is never loaded). */
  fileSize?(path: string): number;
  writeFile(path: string, data: Uint8Array): void;
  stdout(data: Uint8Array | string): void;
  stderr(text: string): void;
}

const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path),
  fileSize: (path) => statSync(path).size,
  writeFile: (path, data) => writeFileSync(path, data),
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the CLI; returns the exit status. */
export function runCli(args: string[], io: CliIo = nodeIo): number {
  const usageError = (message: string) => {
    io.stderr(`delib : ${message}\n\n${USAGE}\n`);
    return 2;
  };
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'aide') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'results' && command !== 'resultats') return usageError(`commande inconnue « ${command} »`);

  let input: string | undefined;
  let output: string | undefined;
  let encoding: TextEncodingName | undefined;
  let presetId = defaultPreset.id;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => rest[++i];
    if (arg === '--out' || arg === '-o') output = value();
    else if (arg === '--encoding') encoding = value() as TextEncodingName;
    else if (arg === '--preset') presetId = value() ?? '';
    else if (arg.startsWith('-')) return usageError(`option inconnue « ${arg} »`);
    else if (input === undefined) input = arg;
    else return usageError(`un seul fichier d'entrée attendu (« ${arg} » en trop)`);
  }
  if (!input) return usageError("fichier d'entrée manquant");
  if (output === undefined && rest.some((a) => a === '--out' || a === '-o')) return usageError('--out sans nom de fichier');
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) return usageError(`encodage inconnu « ${encoding} »`);
  const regulation = getPreset(presetId);
  if (!regulation) return usageError(`réglementation inconnue « ${presetId} »`);

  let bytes: Uint8Array;
  try {
    // Bounded memory: a file over the limit is refused from its size, before being read (docs/limites.md).
    const tooBig = io.fileSize ? checkFileSize(io.fileSize(input)) : null;
    if (tooBig) {
      io.stderr(`${input} : ${tooBig}\n`);
      return 1;
    }
    bytes = io.readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`${input} : ${code === 'ENOENT' ? 'fichier introuvable' : 'lecture impossible'}\n`);
    return 1;
  }

  const outcome = resultsFromCandidatesFile(bytes, regulation, encoding);
  if (!outcome.ok) {
    io.stderr(outcome.messages.map((m) => `${input} : ${m}\n`).join(''));
    return 1;
  }
  const data = new TextEncoder().encode(outcome.csv);
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

const invokedDirectly = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = runCli(process.argv.slice(2));
