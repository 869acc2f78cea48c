/**
 * Whether a session was open when the page was last left, kept in localStorage: read synchronously as the page
 * starts, so that the notes screen's code (AG Grid) loads while the database opens. Only a hint: wrong or missing
 * (private window, storage blocked), the code merely loads later or for nothing.
 */
const KEY = 'delib:notes-screen';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
}

export const notesScreenHint = {
  read(): boolean {
    try {
      return storage()?.getItem(KEY) === '1';
    } catch {
      return false;
    }
  },
  write(sessionOpen: boolean): void {
    try {
      if (sessionOpen) storage()?.setItem(KEY, '1');
      else storage()?.removeItem(KEY);
    } catch {
      // Full or blocked: the code loads when the session opens, as without the hint.
    }
  },
};
