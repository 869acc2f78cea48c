// R9: the 2025 CCST renumbered its épreuves. A 2025 file (E1…E8) imported into a 2024 session matched E3, E4, E5 by
// their code and wrote each mark into another épreuve; the other way round too. The import now says so before any
// plan, and reads the file once its columns are chosen by hand.
import { describe, expect, it } from 'vitest';
import { btsCcst2024, btsCcst2025, presets } from '../../src/domain/presets/index.ts';
import { numberingClash } from '../../src/io/import/numbering.ts';
import { ImportWork, type ImportWorkReply, type ImportWorkRequest } from '../../src/io/import/work.ts';
import { buildExampleSession } from '../../src/sample/example-session.ts';
import { exampleSnapshot } from './import-helpers.ts';

const builtIn = Object.values(presets);
const FILE_2025 = ['numero', 'nom', 'prenom', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8'];
const FILE_2024 = ['numero', 'nom', 'prenom', 'E1', 'E21', 'E22', 'E3', 'E4', 'E5', 'U61', 'U62'];

describe('R9: a file in the other regulation’s numbering', () => {
  it('is told, naming the columns that would land in other épreuves, in both directions', () => {
    expect(numberingClash(FILE_2025, btsCcst2024, builtIn)?.message).toBe(
      `Ce fichier suit la numérotation de « ${btsCcst2025.name} » (ses colonnes E2, E6, E7, E8 n'existent que là) ; dans cette session (« ${btsCcst2024.name} »), E3, E4, E5 sont d’autres épreuves (E3 : « Culture économique, juridique et managériale » ici, « Langue vivante étrangère A : oral » dans le fichier). Importez-le dans une session de sa réglementation, ou choisissez vous-même l’épreuve de chaque colonne ci-dessus.`,
    );
    expect(numberingClash(FILE_2024, btsCcst2025, builtIn)?.message).toMatch(
      /^Ce fichier suit la numérotation de « BTS CCST — session 2024 » \(ses colonnes E21, E22, U61, U62 n'existent que là\) ; dans cette session .*, E3, E4, E5 sont d’autres épreuves/,
    );
  });

  it('is not told for a file of the session’s own numbering, nor for one whose columns mean the same in both (E1, identities)', () => {
    expect(numberingClash(FILE_2024, btsCcst2024, builtIn)).toBeNull();
    expect(numberingClash(FILE_2025, btsCcst2025, builtIn)).toBeNull();
    expect(numberingClash(['numero', 'nom', 'prenom', 'E1'], btsCcst2024, builtIn)).toBeNull();
    // A teacher's sheet of one CCF unit: as many columns recognised either way, the session's numbering is kept.
    expect(numberingClash(['numero', 'nom', 'E4'], btsCcst2024, builtIn)).toBeNull();
  });

  it('stops the import worker before any plan, and lets the columns chosen by hand through', () => {
    const work = new ImportWork();
    const csv = `${FILE_2025.join(';')}\n02431000001;Bonnet;Noé;12;13;14;11;12;13;14;15\n`;
    const base = { options: {}, emptyCells: 'keep', planOptions: {} } as const;
    const ask = (request: ImportWorkRequest) => {
      const replies: ImportWorkReply[] = [];
      work.handle(request, (reply) => replies.push(reply));
      const last = replies.at(-1)!;
      if (last.kind !== 'done') throw new Error(JSON.stringify(last));
      return last.result;
    };
    const file = { kind: 'text', name: 'notes-2025.csv', bytes: new TextEncoder().encode(csv) } as const;
    const auto = ask({ ...base, id: 1, file, snapshot: exampleSnapshot(buildExampleSession()), mapping: null });
    expect(auto.plan).toBeNull();
    expect(auto.problems).toEqual([expect.stringMatching(/^Ce fichier suit la numérotation de « BTS CCST — sessions 2025 et suivantes »/)]);
    // The columns whose code names another épreuve here are not chosen for the user: E1 (the same épreuve) is.
    expect(auto.mapping).toEqual(['numero', 'nom', 'prenom', 'E1', null, null, null, null, null, null, null]);
    // Chosen by hand (here: E1 only, the rest left out): read as chosen.
    const byHand = ask({ ...base, id: 2, mapping: ['numero', 'nom', 'prenom', 'E1', null, null, null, null, null, null, null] });
    expect(byHand.problems).toEqual([]);
    expect(byHand.plan).not.toBeNull();
  });
});
