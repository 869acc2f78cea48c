import { describe, expect, it } from 'vitest';
import { notANumeroMessage } from '../../src/domain/numero.ts';

describe('a « numéro » without any digit', () => {
  it('is not a candidate number (a total or title line); a number with letters and digits is one', () => {
    expect(notANumeroMessage('Total')).toBe("« Total » n'est pas un numéro de candidat (ligne de total ou de titre ?)");
    expect(notANumeroMessage(' Moyenne ')).toBe("« Moyenne » n'est pas un numéro de candidat (ligne de total ou de titre ?)");
    expect(notANumeroMessage('-')).not.toBeNull();
    expect(notANumeroMessage('0012b')).toBeNull();
    expect(notANumeroMessage('02431000001')).toBeNull();
    expect(notANumeroMessage('A-1')).toBeNull();
    expect(notANumeroMessage('')).toBeNull(); // « numéro à venir »: said otherwise
  });
});
