/**
 * Bad files named for what they are, before they can freeze the page or take the memory (issue 20, point 3 and
 * 7): size and shape refused before parsing, header only, ragged rows, mixed separators, UTF-16 without BOM; the
 * wizard and the CLI say the same thing (docs/limites.md).
 */
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.ts';
import { decodeBytes } from '../../src/io/decode.ts';
import { checkFileSize, checkTableText, HEADER_ONLY_MESSAGE, IMPORT_LIMITS, mixedSeparatorMessage, raggedRowMessage } from '../../src/io/file-check.ts';
import { readImportSource } from '../../src/io/import/read.ts';

const HEADER = 'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62';

function cli(content: string | Uint8Array, size?: number) {
  const out = { stdout: '', stderr: '', read: false };
  const io: CliIo = {
    readFile() {
      out.read = true;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    fileSize: () => size ?? (typeof content === 'string' ? new TextEncoder().encode(content).length : content.length),
    writeFile() {},
    stdout(data) {
      out.stdout += typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    stderr(text) {
      out.stderr += text;
    },
  };
  return { status: runCli(['results', 'in.csv'], io), out };
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe('before parsing: size and shape', () => {
  it('refuses an empty file and a file over the size limit, in French, without reading it (CLI)', () => {
    expect(checkFileSize(0)).toMatch(/^Le fichier est vide/);
    expect(checkFileSize(IMPORT_LIMITS.maxBytes)).toBeNull();
    expect(checkFileSize(IMPORT_LIMITS.maxBytes + 1)).toMatch(/^Le fichier est trop gros : 10 Mo, au plus 10 Mo/);
    const big = cli('', 25 * 1024 * 1024);
    expect(big.status).toBe(1);
    expect(big.out.stderr).toContain('in.csv : Le fichier est trop gros : 25 Mo, au plus 10 Mo.');
    expect(big.out.read).toBe(false); // never loaded
  });

  // How long it takes in the page is measured by npm run bench (« Fichier d'une ligne de 2 000 000 colonnes »).
  it('refuses a 2,000,000-column header, naming the line and the limit', () => {
    const header = 'numero' + ',x'.repeat(2_000_000);
    const message = checkTableText(header, ',');
    expect(message).toBe(
      `Ligne 1 : plus de 500 colonnes. Délib lit au plus 500 colonnes : ce fichier n'est sans doute pas un tableau de candidats (ou le séparateur « , » n'est pas le bon).`,
    );
    const run = cli(header);
    expect(run.status).toBe(1);
    expect(run.out.stderr).toContain('Ligne 1 : plus de 500 colonnes');
  });

  it('refuses an unclosed quote at the line where it opened, and too many lines', () => {
    const text = `${HEADER}\n001;"Dupont;Léa\n` + '002;Martin;Paul;12\n'.repeat(2000);
    expect(checkTableText(text, ';')).toMatch(/^Ligne 2 : plus de 20\u202f000 caractères : un guillemet « " » ouvert n'est jamais refermé/);
    const many = `${HEADER}\n` + '1;a\n'.repeat(IMPORT_LIMITS.maxLines + 1);
    expect(checkTableText(many, ';')).toMatch(/^Le fichier a plus de 100\u202f000 lignes/);
    expect(checkTableText(`${HEADER}\n001;Dupont;Léa\n`, ';')).toBeNull();
    expect(checkTableText(' \n\n', ';')).toMatch(/^Le fichier est vide/);
  });
});

describe('the same diagnosis in the wizard and the CLI', () => {
  it('refuses a file with its header only (the CLI used to exit 0)', () => {
    const run = cli(`${HEADER}\n`);
    expect(run.status).toBe(1);
    expect(run.out.stderr).toBe(`in.csv : ligne 1 : ${HEADER_ONLY_MESSAGE[0]!.toLowerCase()}${HEADER_ONLY_MESSAGE.slice(1, -1)}\n`);
  });

  it('refuses a row with cells beyond the header, as the wizard does (the CLI used to ignore them)', () => {
    const run = cli(`${HEADER}\n001;Dupont;Léa;12;13,5;14;11;12;13;15;14;99\n`);
    expect(run.status).toBe(1);
    expect(run.out.stderr).toBe(`in.csv : ligne 2 : ${raggedRowMessage(12, 11, ';')}\n`);
    expect(run.out.stderr).toContain("la ligne a 12 cellules pour 11 colonnes d'en-tête");
  });

  it('names mixed separators instead of « nom manquant »', () => {
    const run = cli(`${HEADER}\n001,Dupont,Léa,12,13,14,11,12,13,15,14\n`);
    expect(run.status).toBe(1);
    expect(run.out.stderr).toBe(`in.csv : ligne 2 : ${mixedSeparatorMessage(['001,Dupont,Léa,12'], 11, ';')}\n`);
    expect(run.out.stderr).toContain("séparées par « , » alors que l'en-tête utilise « ; »");
    expect(run.out.stderr).not.toContain('nom manquant');
  });

  it('reads UTF-16 without BOM as text (no « n u m e r o », no NUL bytes printed)', () => {
    const bytes = utf16le(`${HEADER}\r\n001;Dupont;Léa;12;13,5;14;11;12;13;15;14\r\n`);
    expect(decodeBytes(bytes).encoding).toBe('utf-16le');
    const source = readImportSource(bytes, 'utf16.csv');
    expect(source.records[source.headerIndex]!.cells.slice(0, 3)).toEqual(['numero', 'nom', 'prenom']);
    const run = cli(bytes);
    expect(run.out.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.out.stdout).toContain('001;Dupont;Léa;');
    expect(run.out.stdout).not.toContain('\u0000');
  });
});
