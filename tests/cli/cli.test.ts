import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.ts';

const HEADER = 'numero;nom;prenom;E1;E21;E22;E3;E4;E5;U61;U62';

function memoryIo(files: Record<string, Uint8Array | string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, Uint8Array> };
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile(path, data) {
      out.written[path] = data;
    },
    stdout(data) {
      out.stdout += typeof data === 'string' ? data : new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    },
    stderr(text) {
      out.stderr += text;
    },
  };
  return { io, out };
}

describe('delib results', () => {
  it('writes the results CSV to stdout and exits 0', () => {
    const { io, out } = memoryIo({ 'in.csv': `${HEADER}\n001;Dupont;Léa;12;13,5;14;11;12;13;15;14\n` });
    expect(runCli(['results', 'in.csv'], io)).toBe(0);
    expect(out.stdout).toBe(
      '\uFEFFnumero;nom;prenom;moyenne_1er_groupe;moyenne_pro;moyenne_finale;total_points;decision;motif\r\n' +
        '001;Dupont;Léa;12,85;13,18;12,85;321,25;ADMIS;moyenne ≥ 10\r\n',
    );
    expect(out.stderr).toBe('');
  });

  it('writes to --out when given', () => {
    const { io, out } = memoryIo({ 'in.csv': `${HEADER}\n001;A;B;10;10;10;10;10;10;10;10\n` });
    expect(runCli(['results', 'in.csv', '--out', 'out.csv'], io)).toBe(0);
    expect(new TextDecoder().decode(out.written['out.csv'])).toContain('001;A;B;10,00;10,00;10,00;250,00;ADMIS');
    expect(out.stdout).toBe('');
  });

  it('reads a Windows-1252 file (é, œ, ’) like Excel writes it', () => {
    // "001;Cœur;Zoé’s" in Windows-1252: œ = 0x9C, é = 0xE9, ’ = 0x92
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(`${HEADER}\r\n001;C`),
      0x9c,
      ...new TextEncoder().encode('ur;Zo'),
      0xe9,
      0x92,
      ...new TextEncoder().encode('s;10;10;10;10;10;10;10;10\r\n'),
    ]);
    const { io, out } = memoryIo({ 'in.csv': bytes });
    expect(runCli(['results', 'in.csv'], io)).toBe(0);
    expect(out.stdout).toContain('001;Cœur;Zoé’s;10,00');
  });

  it('on input errors writes nothing, prints one French line per error and exits 1', () => {
    const text = `${HEADER};controle_E1\n001;A;B;21;10;10;10;10;10;10;10;\n002;C;D;10;10;10;10;10;10;10;10;12\n002;E;F;10;10;10;10;10;10;10;10;\n`;
    const { io, out } = memoryIo({ 'in.csv': text });
    expect(runCli(['results', 'in.csv', '--out', 'out.csv'], io)).toBe(1);
    expect(out.written).toEqual({});
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toEqual([
      'in.csv : ligne 2, colonne E1 : « 21 » : note supérieure à 20',
      "in.csv : ligne 3, colonne controle_E1 : épreuve de contrôle saisie alors que le candidat n'y est pas autorisé (décision du 1er groupe : ADMIS)",
      'in.csv : ligne 4, colonne numero : numéro « 002 » déjà présent ligne 3',
    ]);
  });

  it('R9: a file in the units of the 2025 regulation is computed with it without --preset, and says so', () => {
    const text = 'numero;nom;prenom;E1;E2;E3;E4;E5;E6;E7;E8;controle_E1\n001;Dupont;Léa;12;13,5;14;11;12;13;15;14;\n';
    const { io, out } = memoryIo({ 'in.csv': text });
    expect(runCli(['results', 'in.csv'], io)).toBe(0);
    expect(out.stdout).toContain('001;Dupont;Léa;12,85;13,18;12,85;321,25;ADMIS;moyenne ≥ 10\r\n');
    expect(out.stderr).toBe(
      'in.csv : colonnes de la réglementation « BTS CCST — sessions 2025 et suivantes » : résultats calculés selon celle-ci (--preset pour en imposer une autre)\n',
    );
    // Imposed, the 2024 regulation finds its own columns missing: refused, nothing written.
    const imposed = memoryIo({ 'in.csv': text });
    expect(runCli(['results', 'in.csv', '--preset', 'bts-ccst-2024'], imposed.io)).toBe(1);
    expect(imposed.out.stdout).toBe('');
    expect(imposed.out.stderr).toContain('in.csv : ligne 1, colonne E21 : colonne obligatoire absente');
  });

  it('R6: more than two contrôle units is an input error', () => {
    const text = `${HEADER};controle_E1;controle_E2;controle_E3\n001;A;B;6;10;10;8;10;10;10;10;12;12;12\n`;
    const { io, out } = memoryIo({ 'in.csv': text });
    expect(runCli(['results', 'in.csv'], io)).toBe(1);
    expect(out.stderr).toContain('in.csv : ligne 2 : 3 épreuves de contrôle saisies : 2 au plus (parmi E1, E2, E3)');
  });

  it('says which file is missing, and refuses unknown commands and options', () => {
    const { io, out } = memoryIo({});
    expect(runCli(['results', 'absent.csv'], io)).toBe(1);
    expect(out.stderr).toBe('absent.csv : fichier introuvable\n');
    expect(runCli(['calcule'], io)).toBe(2);
    expect(runCli(['results', 'a.csv', '--vite'], io)).toBe(2);
    expect(runCli(['results'], io)).toBe(2);
  });

  it('runs as `npm run --silent delib -- results IN.csv` with the exit status and streams of the spec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-cli-'));
    const good = join(dir, 'good.csv');
    const bad = join(dir, 'bad.csv');
    const out = join(dir, 'out.csv');
    writeFileSync(good, `${HEADER}\n001;A;B;10;10;10;10;10;10;10;10\n`);
    writeFileSync(bad, `${HEADER}\n001;A;B;10;10;10;10;NV;10;10;DI\n`);
    const run = promisify(execFile);
    try {
      const ok = await run('npm', ['run', '--silent', 'delib', '--', 'results', good]);
      expect(ok.stdout).toContain('001;A;B;10,00;10,00;10,00;250,00;ADMIS');
      const failure = await run('npm', ['run', '--silent', 'delib', '--', 'results', bad, '--out', out]).catch((e) => e);
      expect(failure.code).toBe(1);
      expect(failure.stdout).toBe('');
      expect(failure.stderr).toContain('ligne 2, colonne U62 : DI impossible en U62');
      expect(existsSync(out)).toBe(false);
      await run('npm', ['run', '--silent', 'delib', '--', 'results', good, '--out', out]);
      expect(readFileSync(out, 'utf8')).toContain('ADMIS');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
