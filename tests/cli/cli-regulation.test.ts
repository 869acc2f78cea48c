// Issue 17: the CLI reads a regulation file (--regulation) and writes a preset as one (reglementation).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.ts';
import { parseControleMark, parseMark } from '../../src/domain/marks.ts';
import { btsCcst2025 } from '../../src/domain/presets/index.ts';
import { validateRegulation, type Regulation, type UnitDef } from '../../src/domain/regulation.ts';
import { computeResult } from '../../src/domain/results.ts';
import { regulationFileText } from '../../src/io/regulation-file.ts';
import { writeResultsCsv } from '../../src/io/results-csv.ts';

function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    readFile(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(file);
    },
    writeFile(path, data) {
      out.written[path] = new TextDecoder().decode(data);
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

describe('delib reglementation', () => {
  it('writes a built-in preset as a regulation file: the same bytes as the app’s export', () => {
    const { io, out } = memoryIo({});
    expect(runCli(['reglementation', '--preset', 'bts-ccst-2025', '--out', 'r.json'], io)).toBe(0);
    expect(out.written['r.json']).toBe(regulationFileText(btsCcst2025));
    const toStdout = memoryIo({});
    expect(runCli(['reglementation', '--preset', 'bts-ccst-2025'], toStdout.io)).toBe(0);
    expect(toStdout.out.stdout).toBe(regulationFileText(btsCcst2025));
  });

  it('usage errors: unknown preset, no preset', () => {
    const { io, out } = memoryIo({});
    expect(runCli(['reglementation', '--preset', 'bts-inconnu'], io)).toBe(2);
    expect(out.stderr).toContain('réglementation inconnue « bts-inconnu »');
    expect(runCli(['reglementation'], memoryIo({}).io)).toBe(2);
  });
});

describe('delib results --regulation', () => {
  it('computes with the regulation of the file: its unit codes are the columns', () => {
    const csv = 'numero;nom;prenom;E1;E2;E3;E4;E5;E6;E7;E8\n001;Dupont;Léa;12;13,5;14;11;12;13;15;14\n';
    const { io, out } = memoryIo({ 'in.csv': csv, 'r.json': regulationFileText(btsCcst2025) });
    expect(runCli(['results', 'in.csv', '--regulation', 'r.json'], io)).toBe(0);
    expect(out.stdout).toContain('001;Dupont;Léa;12,85;13,18;12,85;321,25;ADMIS');
  });

  it('a bad regulation file: every fault on stderr, naming the file and the field; exit 1, nothing written', () => {
    const file = JSON.parse(regulationFileText(btsCcst2025));
    file.units[3].coefficient = -1;
    delete file.thresholds;
    const { io, out } = memoryIo({ 'in.csv': 'numero;nom;prenom\n', 'r.json': JSON.stringify(file) });
    expect(runCli(['results', 'in.csv', '--regulation', 'r.json', '--out', 'o.csv'], io)).toBe(1);
    expect(out.stderr).toBe('r.json : thresholds : champ obligatoire absent\n');
    expect(out.written).toEqual({});
    const missing = memoryIo({ 'in.csv': '' });
    expect(runCli(['results', 'in.csv', '--regulation', 'absent.json'], missing.io)).toBe(1);
    expect(missing.out.stderr).toBe('absent.json : fichier introuvable\n');
    expect(runCli(['results', 'in.csv', '--regulation', 'r.json', '--preset', 'bts-ccst-2024'], memoryIo({}).io)).toBe(2);
  });

  /** A random regulation: general, professional and optional units; contrôle units covering general ones. */
  const regulationArb = fc
    .record({
      general: fc.array(fc.record({ coef: fc.integer({ min: 25, max: 600 }), di: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      professional: fc.array(fc.record({ coef: fc.integer({ min: 25, max: 800 }), nv: fc.boolean() }), { minLength: 1, maxLength: 4 }),
      optional: fc.integer({ min: 0, max: 2 }),
      pairFirst: fc.boolean(),
      maxUnits: fc.integer({ min: 0, max: 3 }),
      controleMin: fc.integer({ min: 6, max: 10 }),
      professionalMin: fc.integer({ min: 8, max: 12 }),
    })
    .map(({ general, professional, optional, pairFirst, maxUnits, controleMin, professionalMin }): Regulation => {
      const unit = (code: string, coefficient: number | null, domain: UnitDef['domain'], nv: boolean, di: boolean): UnitDef => ({
        code,
        name: `Épreuve ${code}`,
        coefficient,
        domain,
        mayBeCcf: false,
        nvAllowed: nv,
        dispensable: di,
      });
      const units = [
        ...general.map((g, i) => unit(`G${i + 1}`, g.coef / 100, 'general', false, g.di)),
        ...professional.map((p, i) => unit(`P${i + 1}`, p.coef / 100, 'professional', p.nv, false)),
        ...Array.from({ length: optional }, (_, i) => unit(`F${i + 1}`, null, 'optional', false, false)),
      ];
      const codes = general.map((_, i) => `G${i + 1}`);
      // The first contrôle unit may stand for two general units (as LVE A = E2 + E3).
      const groups = pairFirst && codes.length >= 2 ? [codes.slice(0, 2), ...codes.slice(2).map((c) => [c])] : codes.map((c) => [c]);
      const controleUnits = groups.map((covers, i) => ({ code: `C${i + 1}`, name: `Contrôle ${i + 1}`, covers }));
      return {
        id: 'aleatoire',
        name: 'Aléatoire',
        diploma: 'BTS Aléatoire',
        firstSession: 2026,
        units,
        controle: { units: controleUnits, maxUnits: Math.min(maxUnits, controleUnits.length) },
        thresholds: { admis: 10, controleMin, professionalMin },
        bonusBase: 10,
        maxMark: 20,
      };
    });

  const cellArb = (u: UnitDef) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 0, max: 2000 }).map((h) => (h / 100).toString().replace('.', ',')) },
      { weight: 1, arbitrary: fc.constantFrom('ABJ', u.domain === 'optional' ? '' : 'AB', u.nvAllowed ? 'NV' : '', u.dispensable ? 'DI' : '') },
    );

  it('property: a random regulation gives the same results through the CLI with --regulation as through the engine', () => {
    fc.assert(
      fc.property(
        regulationArb.chain((regulation) =>
          fc.tuple(
            fc.constant(regulation),
            fc.array(fc.tuple(fc.tuple(...regulation.units.map(cellArb)), fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 3, maxLength: 3 })), {
              minLength: 1,
              maxLength: 8,
            }),
          ),
        ),
        ([regulation, rows]) => {
          expect(validateRegulation(regulation)).toEqual([]);
          const expected = [];
          const lines = [
            ['numero', 'nom', 'prenom', ...regulation.units.map((u) => u.code), ...regulation.controle.units.map((c) => `controle_${c.code}`)].join(';'),
          ];
          for (const [index, [cells, controleDraw]] of rows.entries()) {
            const marks = Object.fromEntries(
              regulation.units.map((u, i) => {
                const parsed = parseMark(cells[i]!, u, regulation);
                if (!parsed.ok) throw new Error(parsed.error);
                return [u.code, parsed.value];
              }),
            );
            // Contrôle marks only for a CONTROLE candidate, on at most maxUnits contrôle units, never on a unit whose
            // every covered unit is dispensed (else R6 refuses the file).
            const first = computeResult({ marks }, regulation);
            const sittable = (c: (typeof regulation.controle.units)[number]) => c.covers.some((code) => marks[code]?.kind !== 'DI');
            const controleTexts = regulation.controle.units.map((c, i) =>
              first.decision === 'CONTROLE' && i < regulation.controle.maxUnits && i < 3 && sittable(c)
                ? (controleDraw[i]! / 100).toString().replace('.', ',')
                : '',
            );
            const controle = Object.fromEntries(
              regulation.controle.units.map((c, i) => {
                const parsed = parseControleMark(controleTexts[i]!, regulation);
                if (!parsed.ok) throw new Error(parsed.error);
                return [c.code, parsed.value];
              }),
            );
            const numero = String(index + 1).padStart(3, '0');
            expected.push({ numero, nom: 'Nom', prenom: 'Prénom', result: computeResult({ marks, controle }, regulation) });
            lines.push([numero, 'Nom', 'Prénom', ...cells, ...controleTexts].join(';'));
          }
          const { io, out } = memoryIo({ 'in.csv': `${lines.join('\n')}\n`, 'r.json': regulationFileText(regulation) });
          const status = runCli(['results', 'in.csv', '--regulation', 'r.json'], io);
          expect(out.stderr).toBe('');
          expect(status).toBe(0);
          expect(out.stdout).toBe(writeResultsCsv(expected));
        },
      ),
      { numRuns: 40 },
    );
  });
});
