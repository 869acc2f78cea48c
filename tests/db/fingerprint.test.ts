/**
 * The fingerprints kept in the undo record of a session's last import (its created candidates) are compared, when
 * undoing, with fingerprints computed again: a change of the function's output would make every import made by an
 * earlier version refuse to be undone. The figures below were computed by the first version (issue 19).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, fingerprint } from '../../src/db/fingerprint.ts';

describe('fingerprint (undo of created candidates)', () => {
  it('gives the same figures as the version that wrote the undo records already stored', () => {
    const candidate = {
      sessionId: 3,
      numero: '02431000001',
      nom: 'Bonnet',
      prenom: 'Noé',
      dateNaissance: '2004-05-06',
      etablissementId: 12,
      statut: 'scolaire',
      langueVivante: 'Anglais',
      optionalUnits: ['EF1'],
      formOverrides: { E4: 'ponctuel' },
      id: 101,
    };
    const pending = {
      id: 7,
      sessionId: 1,
      numero: 'à venir',
      nom: 'O\u2019Brien "Jo"',
      prenom: '',
      dateNaissance: null,
      etablissementId: null,
      statut: 'individuel',
      langueVivante: '',
      optionalUnits: [],
      formOverrides: {},
      extra: undefined,
    };
    expect(fingerprint(candidate)).toBe(909662041166864);
    expect(fingerprint(pending)).toBe(5732595912510713);
    expect(fingerprint([1, 'a', null, { b: 2, a: [true, false] }])).toBe(2655652882465119);
    expect(fingerprint('texte')).toBe(5201784243519390);
    expect(fingerprint(12.5)).toBe(6957692812029099);
    expect(fingerprint(null)).toBe(6158203196586298);
    expect(canonical(pending)).toBe(
      '{"dateNaissance":null,"etablissementId":null,"formOverrides":{},"id":7,"langueVivante":"","nom":"O’Brien \\"Jo\\"","numero":"à venir","optionalUnits":[],"prenom":"","sessionId":1,"statut":"individuel"}',
    );
  });

  it('is the same for the same data whatever the order of its keys, and leaves undefined values out', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const reversed = Object.fromEntries(Object.entries(data).reverse());
        expect(canonical(reversed)).toBe(canonical(data));
        const { gone: _gone, ...rest } = data;
        expect(fingerprint({ ...reversed, gone: undefined })).toBe(fingerprint(rest));
      }),
    );
  });

  it('tells apart key lists that read the same once joined', () => {
    expect(canonical({ 'a\u0000b': 1, c: 2 })).toBe('{"a\\u0000b":1,"c":2}');
    expect(canonical({ a: 1, 'b\u0000c': 2 })).toBe('{"a":1,"b\\u0000c":2}');
    expect(canonical({ 'a\u0000b': 1, c: 2 })).toBe('{"a\\u0000b":1,"c":2}');
  });
});
