import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/db/errors.ts';
import { errorText, runAction, type Notice } from '../../src/ui/state/actions.ts';

describe('one way to turn a failed action into a French notice', () => {
  it('a refusal keeps its own message; a full storage and a closed database are explained', () => {
    expect(errorText(new UserError('E1 : note supérieure à 20.'))).toBe('E1 : note supérieure à 20.');
    const quota = Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(errorText(quota)).not.toContain('QuotaExceededError');
    expect(errorText(quota)).toMatch(/espace|stockage/i);
    expect(errorText(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }))).toMatch(/rechargez la page/i);
  });

  it('runAction reports success or the error, and returns undefined when the action failed', async () => {
    const notices: Notice[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(
      await runAction(
        async () => 42,
        (n) => notices.push(n),
        'Fait.',
      ),
    ).toBe(42);
    expect(
      await runAction(
        () => Promise.reject(new Error('boom')),
        (n) => notices.push(n),
      ),
    ).toBeUndefined();
    warn.mockRestore();
    expect(notices).toEqual([
      { kind: 'info', text: 'Fait.' },
      { kind: 'error', text: "Opération impossible : boom. Rien n'a été modifié." },
    ]);
  });
});
