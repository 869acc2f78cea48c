/**
 * `delib`: the results engine from the command line, with the same src/domain and src/io as the app.
 *   npm run --silent delib -- results IN.csv|IN.xlsx|IN.ods [--out OUT.csv|OUT.xlsx] [--encoding utf-8|windows-1252]
 *     [--feuille NOM] [--preset ID | --regulation FILE.json]
 *   npm run --silent delib -- reglementation --preset ID [--out FILE.json]   (src/cli-regulation.ts)
 * Exit 0 on success; 1 on any input error (one French line per error on stderr, nothing written);
 * 2 on a usage error.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadRegulationFile, REGLEMENTATION_USAGE, runReglementation, writeOutput } from './cli-regulation.ts';
import { checkFileSize } from './io/file-check.ts';
import { getPreset, defaultPreset, presets } from './domain/presets/index.ts';
import type { TextEncodingName } from './io/decode.ts';
import { binaryFileMessage, fileKind, type WorkbookFormat } from './io/file-kind.ts';
import { regulationForHeader } from './io/import/fields.ts';
import type { Regulation } from './domain/regulation.ts';
import {
  candidatesFileHeadings,
  resultsCsvFromCandidatesFile,
  resultsFromCandidatesFile,
  resultsFromWorkbook,
  type ResultsCsvOutcome,
  type ResultsFileOutcome,
} from './io/results-file.ts';
import { resultsTable, type ResultsRow } from './io/results-csv.ts';
import { parseWorkbook, WorkbookError, type XlsxLibrary } from './io/workbook.ts';
import { writeXlsx } from './io/workbook-write.ts';

const USAGE = `Utilisation :
  delib results FICHIER.csv|.xlsx|.xls|.ods [--out RESULTATS.csv|RESULTATS.xlsx] [--encoding utf-8|windows-1252] [--feuille NOM]
                [--preset ${Object.keys(presets).join('|')} | --regulation REGLEMENTATION.json]

Calcule la moyenne et la décision de chaque candidat du fichier et écrit le fichier des résultats
(sur la sortie standard, ou dans RESULTATS.csv avec --out ; RESULTATS.xlsx : un classeur Excel). Les colonnes
du fichier sont les codes des épreuves obligatoires de la réglementation, et controle_<code> pour ses épreuves
de contrôle ; sans --preset ni --regulation, c'est la réglementation intégrée dont le fichier a les colonnes
(bts-ccst-2024 à égalité). Un classeur est lu dans sa première feuille qui a une colonne de numéro de candidat, ou dans la
feuille NOM avec --feuille.

${REGLEMENTATION_USAGE}`;

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
  if (command === 'reglementation' || command === 'réglementation') return runReglementation(rest, io, usageError);
  if (command !== 'results' && command !== 'resultats') return usageError(`commande inconnue « ${command} »`);

  let input: string | undefined;
  let output: string | undefined;
  let encoding: TextEncodingName | undefined;
  let presetId: string | undefined;
  let sheet: string | undefined;
  let regulationFile: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => rest[++i];
    if (arg === '--out' || arg === '-o') output = value();
    else if (arg === '--encoding') encoding = value() as TextEncodingName;
    else if (arg === '--preset') presetId = value() ?? '';
    else if (arg === '--feuille' || arg === '--sheet') sheet = value() ?? '';
    else if (arg === '--regulation' || arg === '--reglementation') regulationFile = value() ?? '';
    else if (arg.startsWith('-')) return usageError(`option inconnue « ${arg} »`);
    else if (input === undefined) input = arg;
    else return usageError(`un seul fichier d'entrée attendu (« ${arg} » en trop)`);
  }
  if (!input) return usageError("fichier d'entrée manquant");
  if (output === undefined && rest.some((a) => a === '--out' || a === '-o')) return usageError('--out sans nom de fichier');
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) return usageError(`encodage inconnu « ${encoding} »`);
  if (regulationFile !== undefined && rest.includes('--preset')) return usageError('--preset et --regulation ne vont pas ensemble');
  if (regulationFile === '') return usageError('--regulation sans nom de fichier');
  // Neither: the built-in regulation whose columns the file names (chosen once the file is read).
  const regulation = regulationFile !== undefined ? loadRegulationFile(regulationFile, io) : presetId !== undefined ? (getPreset(presetId) ?? null) : undefined;
  if (regulationFile !== undefined && !regulation) return 1;
  if (regulation === null) return usageError(`réglementation inconnue « ${presetId} »`);

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

  const workbookOut = output?.toLowerCase().endsWith('.xlsx') ?? false;
  const outcome = readResults(bytes, regulation, encoding, sheet, workbookOut);
  if ('refused' in outcome) {
    io.stderr(`${input} : ${outcome.refused}\n`);
    return 1;
  }
  if (outcome.chosen && outcome.chosen !== defaultPreset) {
    io.stderr(`${input} : colonnes de la réglementation « ${outcome.chosen.name} » : résultats calculés selon celle-ci (--preset pour en imposer une autre)\n`);
  }
  if (!outcome.ok) {
    io.stderr(outcome.messages.map((m) => `${input} : ${m}\n`).join(''));
    return 1;
  }
  const data = 'rows' in outcome ? resultsWorkbook(outcome.rows) : new TextEncoder().encode(outcome.csv);
  return writeOutput(io, output, data);
}

/**
 * The results of a CSV file or of a workbook (told apart by their bytes, not their name); `refused` for a file
 * that is neither (a PDF, a Word document…) or a workbook that cannot be read. `regulation` undefined: the built-in
 * one whose columns the file names most (the default preset on a tie), as the app's import chooses; `chosen` says
 * which (undefined when a regulation was given).
 */
function readResults(
  bytes: Uint8Array,
  regulation: Regulation | undefined,
  encoding: TextEncodingName | undefined,
  sheet: string | undefined,
  workbookOut: boolean,
): ((ResultsFileOutcome | ResultsCsvOutcome) & { chosen?: Regulation }) | { refused: string } {
  const kind = fileKind(bytes);
  if (kind.kind === 'binary') return { refused: binaryFileMessage(kind.label) };
  const choose = (headings: readonly string[]) => regulationForHeader(headings, BUILT_IN, BUILT_IN_DEFAULT).regulation;
  // A CSV written from a CSV: line by line, without keeping every candidate's result (the rows are for a workbook).
  if (kind.kind === 'text') {
    const chosen = regulation ?? choose(candidatesFileHeadings({ bytes, encoding }));
    const outcome = workbookOut ? resultsFromCandidatesFile(bytes, chosen, encoding) : resultsCsvFromCandidatesFile(bytes, chosen, encoding);
    return regulation ? outcome : { ...outcome, chosen };
  }
  try {
    const workbook = readWorkbookSync(bytes, kind.format);
    const chosen = regulation ?? choose(candidatesFileHeadings({ workbook, sheet }));
    const outcome = resultsFromWorkbook(workbook, chosen, sheet);
    const read = outcome.ok && !workbookOut ? { ok: true as const, csv: outcome.csv } : outcome;
    return regulation ? read : { ...read, chosen };
  } catch (error) {
    if (error instanceof WorkbookError) return { refused: `${kind.label} : ${error.message}` };
    throw error;
  }
}

const BUILT_IN = Object.values(presets).map((regulation) => ({ regulation }));
const BUILT_IN_DEFAULT = BUILT_IN.find((choice) => choice.regulation === defaultPreset)!;

/** The CLI runs synchronously: it loads the workbook library with require (the app uses import()). */
const xlsxLibrary = () => createRequire(import.meta.url)('@e965/xlsx') as XlsxLibrary;

function readWorkbookSync(bytes: Uint8Array, format: WorkbookFormat) {
  return parseWorkbook(xlsxLibrary(), bytes, format);
}

/** `--out RESULTATS.xlsx`: the results as the app's .xlsx export writes them. */
function resultsWorkbook(rows: ResultsRow[]): Uint8Array {
  return writeXlsx(xlsxLibrary(), resultsTable(rows), 'Résultats');
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = runCli(process.argv.slice(2));
