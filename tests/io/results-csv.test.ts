import { describe, expect, it } from 'vitest';
import { computeResult } from '../../src/domain/results.ts';
import { readCsv } from '../../src/io/csv.ts';
import { RESULTS_COLUMNS, writeResultsCsv } from '../../src/io/results-csv.ts';
import { candidate, ccst } from '../domain/factories.ts';

const row = (numero: string, marks: Record<string, string>, controle: Record<string, string> = {}) => ({
  numero,
  nom: 'Nom',
  prenom: 'Prénom',
  result: computeResult(candidate(marks, controle), ccst),
});

describe('results file', () => {
  it('starts with a BOM and the fixed columns, separated by ;, lines ending in CRLF', () => {
    const csv = writeResultsCsv([row('1', {})]);
    expect(csv.startsWith('\uFEFFnumero;nom;prenom;moyenne_1er_groupe;moyenne_pro;moyenne_finale;total_points;decision')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('R3: writes truncated 2-decimal numbers with a decimal comma', () => {
    const csv = writeResultsCsv([row('1', { E1: '9,97', E3: '9,99' })]);
    expect(csv).toContain('1;Nom;Prénom;9,99;10,00;9,99;249,88;CONTROLE;');
  });

  it('R5: leaves moyenne_1er_groupe, moyenne_finale and total_points empty for ELIMINE, NV and INCOMPLET', () => {
    const lines = writeResultsCsv([row('1', { E1: 'AB' }), row('2', { E4: 'NV' }), row('3', { E3: '' })]).split('\r\n');
    expect(lines[1]).toBe('1;Nom;Prénom;;10,00;;;ELIMINE;AB en E1');
    expect(lines[2]).toBe('2;Nom;Prénom;;;;;NV;NV en E4');
    expect(lines[3]).toBe('3;Nom;Prénom;;10,00;;;INCOMPLET;manque E3');
  });

  it('R6: moyenne_finale and total_points follow the contrôle; moyenne_1er_groupe keeps the first group', () => {
    const csv = writeResultsCsv([row('1', { E1: '6', E3: '8' }, { E1: '12' })]);
    expect(csv).toContain('1;Nom;Prénom;9,28;10,00;10,00;250,00;ADMIS;admis après contrôle');
  });

  it('reads back as the same table', () => {
    const csv = writeResultsCsv([row('=1', {})]);
    const read = readCsv(csv.slice(1));
    expect(read.header?.cells).toEqual([...RESULTS_COLUMNS]);
    expect(read.records[0]?.cells.slice(0, 3)).toEqual(['=1', 'Nom', 'Prénom']);
  });
});
