import { describe, expect, it } from 'vitest';
import { isFirstControleEntry, markChangeNeedsReason, markEditable, markLockedMessage } from '../../src/domain/phase-policy.ts';

const empty = { value: { kind: 'empty' } };
const twelve = { value: { kind: 'number' } };

describe('what the deliberation phase allows for a mark', () => {
  it('preparation: every mark editable, no reason', () => {
    expect(markEditable('preparation', false)).toBe(true);
    expect(markChangeNeedsReason('preparation', false, twelve)).toBe(false);
    expect(markChangeNeedsReason('preparation', true, null)).toBe(false);
  });

  it('open deliberation: every change needs a reason', () => {
    expect(markEditable('premier_groupe', false)).toBe(true);
    expect(markChangeNeedsReason('premier_groupe', false, null)).toBe(true);
    expect(markChangeNeedsReason('premier_groupe', true, null)).toBe(true);
  });

  it('1er groupe closed: first-group marks locked; a first contrôle entry needs no reason, a correction does', () => {
    expect(markEditable('premier_groupe_clos', false)).toBe(false);
    expect(markLockedMessage('premier_groupe_clos', false, 'E1', 'Dupont Léa')).toBe(
      'Le 1er groupe est clos : E1 de Dupont Léa ne peut plus être modifiée. Rouvrez le 1er groupe (avec un motif) pour corriger.',
    );
    expect(markEditable('premier_groupe_clos', true)).toBe(true);
    expect(isFirstControleEntry('premier_groupe_clos', true, null)).toBe(true);
    expect(markChangeNeedsReason('premier_groupe_clos', true, empty)).toBe(false);
    expect(markChangeNeedsReason('premier_groupe_clos', true, twelve)).toBe(true);
  });

  it('deliberation closed: nothing editable', () => {
    expect(markEditable('second_groupe_clos', true)).toBe(false);
    expect(markLockedMessage('second_groupe_clos', true, 'contrôle E1', 'Dupont Léa')).toContain('La délibération est close');
  });
});
