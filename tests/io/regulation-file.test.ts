// Issue 17: the regulation file (JSON): export, import, bad files refused whole with fields named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { btsCcst2024, btsCcst2025 } from '../../src/domain/presets/index.ts';
import { readRegulationFile, regulationFileBytes, regulationFileName, regulationFileText } from '../../src/io/regulation-file.ts';

const minimal = {
  format: 1,
  id: 'bts-exemple-2026',
  name: 'BTS Exemple — session 2026',
  diploma: 'BTS Exemple',
  firstSession: 2026,
  units: [
    { code: 'U1', name: 'Culture générale et expression', coefficient: 2, domain: 'general', mayBeCcf: false, nvAllowed: false, dispensable: true },
    { code: 'U2', name: 'Anglais', coefficient: 1.25, domain: 'general', mayBeCcf: true, nvAllowed: false, dispensable: true },
    { code: 'U3', name: 'Projet', coefficient: 4, domain: 'professional', mayBeCcf: true, nvAllowed: true, dispensable: false, aliases: ['E3'] },
    { code: 'UF1', name: 'Langue facultative', coefficient: null, domain: 'optional', mayBeCcf: false, nvAllowed: false, dispensable: false },
  ],
  controle: { units: [{ code: 'U1', name: 'Culture générale', covers: ['U1'] }], maxUnits: 1 },
  thresholds: { admis: 10, controleMin: 8, professionalMin: 10 },
  bonusBase: 10,
  maxMark: 20,
};

describe('regulation file', () => {
  it('a built-in preset round-trips: export, read back, same regulation and same bytes', () => {
    for (const preset of [btsCcst2024, btsCcst2025]) {
      const text = regulationFileText(preset);
      expect(text.startsWith('{\n  "format": 1,\n  "id": ')).toBe(true);
      expect(text.endsWith('}\n')).toBe(true);
      const read = readRegulationFile(regulationFileBytes(preset));
      expect(read).toEqual({ ok: true, value: JSON.parse(JSON.stringify(preset)) });
      if (read.ok) expect(regulationFileText(read.value)).toBe(text);
    }
    expect(regulationFileName(btsCcst2025)).toBe('reglementation-bts-ccst-2025.json');
  });

  it('a file with only the core fields is a complete regulation, without grids or livret', () => {
    const read = readRegulationFile(JSON.stringify(minimal));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.units.map((u) => u.code)).toEqual(['U1', 'U2', 'U3', 'UF1']);
    expect(read.value.grids).toBeUndefined();
    expect(read.value.livret).toBeUndefined();
  });

  it('the complete example of docs/reglementation.md is a valid regulation file', () => {
    const doc = readFileSync(new URL('../../docs/reglementation.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    const read = readRegulationFile(example);
    expect(read.ok ? read.value.units.map((u) => u.code) : read.errors).toEqual(['U1', 'U2', 'U3', 'UF1']);
  });

  it('a BOM and UTF-8 accents are read', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(minimal)}`);
    const read = readRegulationFile(bytes);
    expect(read.ok && read.value.units[0]!.name).toBe('Culture générale et expression');
  });

  it('a bad file is refused whole and lists its faults, each naming its field', () => {
    const bad = structuredClone(minimal) as unknown as { units: Record<string, unknown>[]; controle: unknown; thresholds: unknown };
    bad.units[3]!.coefficient = 2;
    bad.units[1]!.coefficient = 1.255;
    bad.units[2]!.code = 'U1';
    bad.controle = { units: [{ code: 'U3', name: 'Projet', covers: ['UF1', 'U9'] }], maxUnits: 3 };
    bad.thresholds = { admis: 10, controleMin: 11, professionalMin: 10 };
    const read = readRegulationFile(JSON.stringify(bad));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toEqual(
      expect.arrayContaining([
        'units[1].coefficient : épreuve U2 : coefficient invalide (nombre positif, 2 décimales au plus)',
        "units[2].code : « U1 » déjà utilisé par l'épreuve U1",
        'units[3].coefficient : épreuve facultative UF1 : pas de coefficient attendu (null)',
        'controle.maxUnits : nombre entier entre 0 et 1 attendu',
        "controle.units[0].covers : contrôle U3 : l'épreuve UF1 n'est pas du domaine général (facultative)",
        'controle.units[0].covers : contrôle U3 : épreuve U9 inconnue',
        "thresholds.controleMin : seuils incohérents : le seuil du contrôle (11) dépasse celui de l'admission (10)",
      ]),
    );
  });

  it('a contrôle never covers a professional unit', () => {
    const file = JSON.parse(regulationFileText(btsCcst2025));
    file.controle.units[2].covers = ['E5'];
    const read = readRegulationFile(JSON.stringify(file));
    expect(read.ok ? [] : read.errors).toEqual(["controle.units[2].covers : contrôle E4 : l'épreuve E5 n'est pas du domaine général (professionnelle)"]);
  });

  it('shapes: missing fields, wrong types, wrong format, not JSON', () => {
    const { units: _u, ...noUnits } = minimal;
    expect(readRegulationFile(JSON.stringify(noUnits))).toEqual({ ok: false, errors: ['units : champ obligatoire absent'] });
    const wrong = { ...minimal, units: [{ ...minimal.units[0]!, coefficient: '3', domain: 'pro' }, ...minimal.units.slice(1)] };
    const read = readRegulationFile(JSON.stringify(wrong));
    expect(read.ok ? [] : read.errors).toEqual([
      'units[0].domain : « general », « professional » ou « optional » attendu',
      'units[0].coefficient : nombre attendu (ou null pour une épreuve facultative)',
    ]);
    expect(readRegulationFile(JSON.stringify({ ...minimal, format: 2 }))).toEqual({
      ok: false,
      errors: ['format : version 2 non prise en charge (cette version de Délib lit la version 1)'],
    });
    const { format: _f, ...noFormat } = minimal;
    expect(readRegulationFile(JSON.stringify(noFormat))).toEqual({ ok: false, errors: ['format : champ obligatoire absent (1 pour ce fichier)'] });
    const notOurs = "ce n'est pas une réglementation enregistrée par Délib (« Exporter la réglementation (JSON) »)";
    // Truncated, empty, another application's file: said in French, never the JSON engine's English.
    expect(readRegulationFile('{\n  "format": 1,\n  "units": [\n    { "code": "E1" }\n  ],\n  nom')).toEqual({
      ok: false,
      errors: [`le fichier n'est pas du JSON lisible, ligne 6, colonne 3 (fichier tronqué ou d'un autre type ?) : ${notOurs}`],
    });
    expect(readRegulationFile('{ "format": 1, ')).toEqual({ ok: false, errors: [expect.stringMatching(/^le fichier n'est pas du JSON lisible/)] });
    expect(readRegulationFile(' \n')).toEqual({ ok: false, errors: [`le fichier est vide : ${notOurs}`] });
    expect(readRegulationFile(JSON.stringify({ name: 'autre', version: 3 }))).toEqual({ ok: false, errors: [`ni « format » ni « units » : ${notOurs}`] });
    expect(readRegulationFile(new Uint8Array([0x7b, 0xe9, 0x7d]))).toEqual({
      ok: false,
      errors: ["le fichier n'est pas un texte UTF-8 (enregistrez-le en UTF-8)"],
    });
  });
});
