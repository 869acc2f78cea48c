// Dates are typed JJ/MM/AAAA whatever the browser's language (a native date field shows « mm/dd/yyyy » in an English
// browser, where 05/03 is the 3rd of May): what the page receives is ISO, and a text that is not a date says so.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DateInput from '../../src/ui/DateInput.svelte';
import { parseTypedDate } from '../../src/domain/dates.ts';

const field = () => screen.getByRole('textbox', { name: 'Date de dépôt U62' });

describe('DateInput', () => {
  it('shows the stored date as 05/03/2025 and gives the page 2025-03-05 for a date typed 5/3/2025', async () => {
    const onchange = vi.fn();
    render(DateInput, { value: '2025-04-30', 'aria-label': 'Date de dépôt U62', onchange });
    expect(field()).toHaveValue('30/04/2025');
    expect(field()).toHaveAttribute('placeholder', 'JJ/MM/AAAA');

    await userEvent.clear(field());
    await userEvent.type(field(), '5/3/2025{Enter}');
    expect(onchange).toHaveBeenCalledExactlyOnceWith('2025-03-05');
    expect(field()).toHaveValue('05/03/2025');
    await userEvent.tab();
    expect(onchange).toHaveBeenCalledOnce();
  });

  it('says where and what for 31/02/2025, gives the page nothing, not even its Entrée, and blocks its form', async () => {
    const onchange = vi.fn();
    const oninput = vi.fn();
    const enter = vi.fn();
    render(DateInput, {
      value: '2025-04-30',
      'aria-label': 'Date de dépôt U62',
      onchange,
      oninput,
      onkeydown: (e: KeyboardEvent) => e.key === 'Enter' && enter(),
    });
    await userEvent.clear(field());
    oninput.mockClear(); // the emptied field is a date (none)
    await userEvent.type(field(), '31/02/2025{Enter}');
    expect(enter).not.toHaveBeenCalled();
    await userEvent.tab();

    expect(field()).toHaveAccessibleDescription("Le 31/02/2025 n'existe pas dans le calendrier.");
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toBeInvalid();
    expect(oninput).not.toHaveBeenCalled();
    expect(onchange).not.toHaveBeenCalled();
    // The message stays out of the field's name, even inside a label.
    expect(field()).toHaveAccessibleName('Date de dépôt U62');

    await userEvent.clear(field());
    await userEvent.type(field(), '02/03/2025');
    expect(field()).toBeValid();
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(oninput).toHaveBeenLastCalledWith('2025-03-02');
  });

  it('gives the page a whole date as soon as it is typed (the field may be closed without being left); an emptied one once left', async () => {
    const onchange = vi.fn();
    const { unmount } = render(DateInput, { value: '2025-04-30', 'aria-label': 'Date de dépôt U62', onchange });
    await userEvent.clear(field());
    expect(onchange).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(onchange).toHaveBeenCalledExactlyOnceWith('');

    await userEvent.type(field(), '01/05/2025');
    expect(onchange).toHaveBeenLastCalledWith('2025-05-01');
    unmount();
    expect(onchange).toHaveBeenCalledTimes(2);
  });

  it('reads 15/04/25 as 15/04/2025 once left, and never stores the 15/04/2020 met on the way to 15/04/2025', async () => {
    const onchange = vi.fn();
    render(DateInput, { value: '', 'aria-label': 'Date de dépôt U62', onchange });
    await userEvent.type(field(), '15/04/25');
    expect(onchange).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(onchange).toHaveBeenCalledExactlyOnceWith('2025-04-15');
    expect(field()).toHaveValue('15/04/2025');

    await userEvent.clear(field());
    await userEvent.type(field(), '16/04/2025');
    expect(onchange.mock.calls.map(([iso]) => iso)).toEqual(['2025-04-15', '2025-04-16']);
  });

  it('shows the stored date again when the page refuses the typed one', async () => {
    render(DateInput, { value: '2025-04-30', 'aria-label': 'Date de dépôt U62', onchange: () => Promise.resolve(false) });
    await userEvent.clear(field());
    await userEvent.type(field(), '01/05/2025{Enter}');
    await expect.poll(() => (field() as HTMLInputElement).value).toBe('30/04/2025');
  });

  it('takes a date given by the page (another candidate) in place of the text', async () => {
    const { rerender } = render(DateInput, { value: '2025-04-30', 'aria-label': 'Date de dépôt U62' });
    await rerender({ value: '2024-12-01' });
    expect(field()).toHaveValue('01/12/2024');
    await rerender({ value: '' });
    expect(field()).toHaveValue('');
  });
});

describe('parseTypedDate', () => {
  it('reads JJ/MM/AAAA with / . or -, and refuses what is not a day of the calendar', () => {
    expect(parseTypedDate(' 05.03.2025 ')).toEqual({ ok: true, value: '2025-03-05' });
    expect(parseTypedDate('5-3-2025')).toEqual({ ok: true, value: '2025-03-05' });
    expect(parseTypedDate('')).toEqual({ ok: true, value: null });
    expect(parseTypedDate('2025-03-05')).toEqual({ ok: false, error: '« 2025-03-05 » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025' });
    expect(parseTypedDate('29/02/2025')).toEqual({ ok: false, error: "le 29/02/2025 n'existe pas dans le calendrier" });
    expect(parseTypedDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    // Two digits for the year: read 20AA only when asked (a field left), never while typing.
    expect(parseTypedDate('15/04/25')).toEqual({ ok: false, error: '« 15/04/25 » : date attendue au format JJ/MM/AAAA, par exemple 20/05/2025' });
    expect(parseTypedDate('15.4.25', { shortYear: true })).toEqual({ ok: true, value: '2025-04-15' });
    expect(parseTypedDate('29/02/25', { shortYear: true })).toEqual({ ok: false, error: "le 29/02/25 n'existe pas dans le calendrier" });
  });
});
