import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  canonicalJson,
  checksumOf,
  emptyContent,
  parseBackupJson,
  readBackup,
  sha256Hex,
  writeBackup,
  type BackupContent,
} from '../../src/io/backup.ts';

const SCHEMA = 4;
const options = { schemaVersion: SCHEMA };

function sampleContent(): BackupContent {
  return {
    ...emptyContent(),
    sessions: [
      {
        id: 1,
        name: 'BTS « 2025 » — Œ',
        academie: 'Toulouse',
        year: 2025,
        presetId: 'bts-ccst-2024',
        depositDeadline: null,
        createdAt: '2025-01-02T03:04:05.006Z',
      },
    ],
    candidates: [
      {
        id: 7,
        sessionId: 1,
        numero: '0012',
        nom: '<img src=x onerror=alert(1)>',
        prenom: 'Léa',
        dateNaissance: null,
        etablissementId: null,
        statut: 'scolaire',
        langueVivante: 'Anglais',
        optionalUnits: [],
        formOverrides: {},
      },
    ],
    marks: [
      {
        sessionId: 1,
        candidateId: 7,
        unit: 'E1',
        value: { kind: 'number', hundredths: 1250 },
        sousReserve: false,
        benefice: null,
        updatedAt: '2025-06-01T10:00:00.000Z',
      },
    ],
  };
}

async function written(content = sampleContent()): Promise<string> {
  return writeBackup(content, { schemaVersion: SCHEMA, createdAt: '2025-06-30T12:00:00.000Z' });
}

async function expectRefused(text: string, message: string | RegExp) {
  const read = await readBackup(text, options);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.error).toMatch(message);
}

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order, has no white space and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 'é' }], c: null }, u: undefined })).toBe('{"a":{"c":null,"d":[3,{"y":"é","z":1}]},"b":1}');
    expect(canonicalJson([undefined, 'x'])).toBe('[null,"x"]');
  });

  it('gives the same text for the same data whatever the key order or layout', () => {
    const a = JSON.parse('{ "x": 1.5, "y": [1, 2], "z": { "b": true, "a": "« »" } }');
    const b = JSON.parse('{"z":{"a":"« »","b":true},"y":[1,2],"x":1.50}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe('checksumOf', () => {
  it('is the SHA-256 of canonicalJson of the envelope and content, made record by record and paused as often as asked', async () => {
    const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA, createdAt: '2026-12-05T10:00:00.000Z' } as const;
    // Lists of records (as in a file), other values, and text long enough to be encoded in several pieces.
    const list = fc.array(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())), { maxLength: 8 });
    const content = fc.dictionary(fc.string(), fc.oneof(list, fc.jsonValue()));
    await fc.assert(
      fc.asyncProperty(content, fc.nat(3), async (content, every) => {
        let steps = 0;
        const pause = () => (++steps % (every + 1) === 0 ? Promise.resolve() : null);
        const expected = `sha256:${await sha256Hex(canonicalJson({ ...header, content }))}`;
        expect(await checksumOf(header, content, pause)).toBe(expected);
      }),
      { numRuns: 200 },
    );
    const long = { sessions: [{ name: 'é'.repeat(600_000) }, { name: '€'.repeat(700_000) }] };
    expect(await checksumOf(header, long)).toBe(`sha256:${await sha256Hex(canonicalJson({ ...header, content: long }))}`);
  });
});

describe('parseBackupJson', () => {
  const never = () => null;
  /** Contents whose lists hold any JSON (records as the file has them, and values no record has). */
  const list = fc.array(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()), { maxLength: 4 });
  const anyContent = fc.record(Object.fromEntries(Object.keys(emptyContent()).map((key) => [key, list])) as Record<keyof BackupContent, typeof list>);
  const meta = { schemaVersion: SCHEMA, createdAt: '2026-12-05T10:00:00.000Z' };
  /** `text` cut at these positions (modulo its length). */
  const cut = (text: string, at: readonly number[]) => {
    const positions = [0, ...at.map((n) => n % (text.length + 1)).sort((a, b) => a - b), text.length];
    return positions.slice(1).map((end, i) => text.slice(positions[i], end));
  };

  it('gives what JSON.parse gives for a file as Délib writes it, record by record with a pause after each', async () => {
    await fc.assert(
      fc.asyncProperty(anyContent, fc.array(fc.nat(), { maxLength: 8 }), async (content, cuts) => {
        const text = await writeBackup(content as unknown as BackupContent, meta, never);
        let asked = 0;
        const parsed = await parseBackupJson(text, () => (asked++ % 2 === 0 ? Promise.resolve() : null));
        expect(parsed).toStrictEqual(JSON.parse(text));
        // The same text in the pieces a file is read in (cut anywhere, a line across pieces, empty pieces).
        expect(await parseBackupJson(cut(text, cuts), never)).toStrictEqual(JSON.parse(text));
        // One pause asked per record: a file of 50,000 candidates is read in tasks a few milliseconds long.
        expect(asked).toBe(Object.values(content).reduce((n, rows) => n + (rows as unknown[]).length, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('gives what JSON.parse gives, or throws as it does, for a file laid out otherwise or damaged', async () => {
    // A character removed, replaced or inserted (at the end too): line breaks, commas, brackets, quotes, spaces.
    const edits = fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom('', '\n', ',', ']', '[', '}', '{', ' ', '"', 'x', '\r\n', '\n\n'));
    await fc.assert(
      fc.asyncProperty(anyContent, edits, async (content, [position, inserted, text2]) => {
        const text = await writeBackup(content as unknown as BackupContent, meta, never);
        const at = position % (text.length + 1);
        const edited = text.slice(0, at) + text2 + text.slice(inserted ? at : at + 1);
        let expected: unknown;
        try {
          expected = JSON.parse(edited);
        } catch {
          await expect(parseBackupJson(edited, never)).rejects.toThrow(SyntaxError);
          await expect(parseBackupJson(cut(edited, [position, position * 7]), never)).rejects.toThrow(SyntaxError);
          return;
        }
        expect(await parseBackupJson(edited, never)).toStrictEqual(expected);
        expect(await parseBackupJson(cut(edited, [position, position * 7]), never)).toStrictEqual(expected);
      }),
      { numRuns: 1000 },
    );
    // Re-indented by another tool, and a list named like Object's prototype: JSON.parse's value.
    const text = await writeBackup(sampleContent(), meta, never);
    const reindented = JSON.stringify(JSON.parse(text), null, 4);
    expect(await parseBackupJson(reindented, never)).toStrictEqual(JSON.parse(reindented));
    const proto = text.replace('"sessions": [', '"__proto__": [');
    expect(await parseBackupJson(proto, never)).toStrictEqual(JSON.parse(proto));
    // After the closing brace: JSON's white space only.
    expect(await parseBackupJson(`${text} \r\n\t`, never)).toStrictEqual(JSON.parse(text));
    for (const after of ['x', '\u00a0', '\uFEFF', '{}']) await expect(parseBackupJson(`${text}${after}`, never)).rejects.toThrow(SyntaxError);
  });
});

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 bytes (known vectors)', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('writeBackup / readBackup', () => {
  it('round-trips: the content read is the content written, with the envelope of the current version', async () => {
    const text = await written();
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: SCHEMA, createdAt: '2025-06-30T12:00:00.000Z' });
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Object.keys(file.content)).toEqual([
      'sessions',
      'etablissements',
      'candidates',
      'marks',
      'conformity',
      'deliberations',
      'audit',
      'juryNotes',
      'evaluations',
      'livrets',
      'settings',
    ]);
    const read = await readBackup(text, options);
    expect(read).toEqual({ ok: true, value: { ...file, content: sampleContent() } });
  });

  it('writes one record per line, ids first', async () => {
    const lines = (await written()).split('\n');
    expect(lines).toContain(
      '      {"id":7,"sessionId":1,"numero":"0012","nom":"<img src=x onerror=alert(1)>","prenom":"Léa","dateNaissance":null,"etablissementId":null,"statut":"scolaire","langueVivante":"Anglais","optionalUnits":[],"formOverrides":{}}',
    );
  });

  it('the checksum covers the header and the content, not the layout', async () => {
    const text = await written();
    const file = JSON.parse(text);
    const { checksum, ...rest } = file;
    expect(await checksumOf(rest, file.content)).toBe(checksum);
    // Re-indented and with keys in another order: still valid.
    const reordered = JSON.stringify(
      { content: file.content, checksum, createdAt: file.createdAt, schemaVersion: SCHEMA, version: 1, format: BACKUP_FORMAT },
      null,
      4,
    );
    expect((await readBackup(reordered, options)).ok).toBe(true);
    // With a BOM (saved by a Windows editor): still valid.
    expect((await readBackup(`\uFEFF${text}`, options)).ok).toBe(true);
    // In pieces, as a file is read, the mark in a piece of its own or after empty pieces.
    expect(await readBackup(['', '\uFEFF', text.slice(0, 50), text.slice(50)], options)).toEqual(await readBackup(text, options));
    expect((await readBackup(['', `\uFEFF${text.slice(0, 9)}`, text.slice(9)], options)).ok).toBe(true);
  });

  it('refuses a file whose content or header was changed after it was written', async () => {
    const text = await written();
    await expectRefused(text.replace('"hundredths":1250', '"hundredths":1850'), /somme de contrôle ne correspond pas/);
    await expectRefused(text.replace('"createdAt": "2025-06-30T12:00:00.000Z"', '"createdAt": "2025-06-30T12:00:01.000Z"'), /somme de contrôle/);
    const file = JSON.parse(text);
    file.content.marks = [];
    await expectRefused(JSON.stringify(file), /somme de contrôle/);
  });

  it('refuses what is not a backup, with a French message', async () => {
    await expectRefused('numero;nom\n0012;Dupont', /pas une sauvegarde Délib.*pas du JSON/);
    await expectRefused((await written()).slice(0, 200), /pas du JSON lisible/);
    await expectRefused('', /pas une sauvegarde Délib : le fichier est vide\.$/);
    await expectRefused('\uFEFF \n', /pas une sauvegarde Délib : le fichier est vide\.$/);
    await expectRefused('{"format":"autre"}', /pas une sauvegarde Délib \(format « delib-sauvegarde » attendu\)/);
    await expectRefused('[]', /pas une sauvegarde Délib/);
    const file = JSON.parse(await written());
    await expectRefused(JSON.stringify({ ...file, checksum: 'md5:abc' }), /somme de contrôle absente ou mal formée/);
    await expectRefused(JSON.stringify({ ...file, createdAt: 'hier' }), /date de création invalide/);
    await expectRefused(JSON.stringify({ ...file, version: 0 }), /version du format invalide/);
  });

  it('refuses a file of a newer format or schema, asking to update Délib', async () => {
    const file = JSON.parse(await written());
    await expectRefused(JSON.stringify({ ...file, version: BACKUP_VERSION + 1 }), /version plus récente de Délib \(format 2.*mettez Délib à jour/);
    const newer = await writeBackup(sampleContent(), { schemaVersion: SCHEMA + 1, createdAt: '2025-06-30T12:00:00.000Z' });
    await expectRefused(newer, /schéma 5, celle-ci connaît jusqu'au schéma 4/);
  });

  it('reads a file of an older schema that lacks the lists of later tables (they are empty)', async () => {
    const content = sampleContent();
    const old = { sessions: content.sessions, etablissements: [], candidates: content.candidates, marks: content.marks };
    const header = { format: BACKUP_FORMAT, version: 1, schemaVersion: 2, createdAt: '2024-01-01T00:00:00.000Z' } as const;
    const text = JSON.stringify({ ...header, checksum: await checksumOf(header, old), content: old });
    const read = await readBackup(text, options);
    expect(read.ok && read.value.content).toEqual(content);
    expect(read.ok && read.value.schemaVersion).toBe(2);
  });

  it('refuses unknown lists (nothing is silently dropped) and lists that are not lists of records', async () => {
    const header = { format: BACKUP_FORMAT, version: 1, schemaVersion: SCHEMA, createdAt: '2024-01-01T00:00:00.000Z' } as const;
    const withUnknown = { ...emptyContent(), imports: [] };
    await expectRefused(
      JSON.stringify({ ...header, checksum: await checksumOf(header, withUnknown), content: withUnknown }),
      /contenu inconnu \(« imports »\)/,
    );
    const notRecords = { ...emptyContent(), marks: [1, 2] };
    await expectRefused(
      JSON.stringify({ ...header, checksum: await checksumOf(header, notRecords), content: notRecords }),
      /« marks » doit être une liste d'enregistrements/,
    );
  });
});
