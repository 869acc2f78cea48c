/** A candidate entered « numéro à venir » reads so on the relevé de notes, never as a blank number. */
import { describe, expect, it } from 'vitest';
import { releveDeNotesPdf } from '../../src/io/pdf/releve.ts';
import { exampleRows, GENERATED_AT, pdfToText, releveInput, squeeze } from './pdf-helpers.ts';

describe('« numéro à venir » in the PDFs', () => {
  it('is printed on the relevé de notes in place of the number', async () => {
    const { session, rows } = exampleRows();
    const row = rows[0]!;
    const input = releveInput(session, { ...row, candidate: { ...row.candidate, numero: '' } });
    const text = squeeze(await pdfToText(await releveDeNotesPdf([input], { generatedAt: GENERATED_AT })));
    expect(text).toContain('numéro à venir');
    expect(text).not.toContain(row.candidate.numero);
  });
});
