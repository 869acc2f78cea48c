/** What the backup components share: saving a backup file, naming it, and wording errors. */
import type { BackupExport, BackupScope } from '../../db/backup.ts';
import type { DelibDatabase } from '../../db/database.ts';
import { UserError } from '../../db/errors.ts';
import { requestPersistence, storageErrorMessage } from '../../db/storage.ts';
import { downloadLargeText, safeFileName } from '../download.ts';

/** Show the reminder after this many changes since the last complete backup. */
export const REMIND_AFTER_CHANGES = 30;

/** `delib-sauvegarde-2025-06-30-14h05.json`, or with the session's name for a one-session backup. */
export function backupFileName(createdAt: string, sessionName?: string): string {
  const date = new Date(createdAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}h${pad(date.getMinutes())}`;
  return `${safeFileName(sessionName ? `delib-sauvegarde-${sessionName}` : 'delib-sauvegarde')}-${stamp}.json`;
}

/** Writes the backup of `scope` and offers it for download; asks the browser to keep the data for good. */
export async function downloadBackup(db: DelibDatabase, scope: BackupScope, sessionName?: string): Promise<BackupExport> {
  // Loaded when a backup is saved: the reminder under the notes screen does not carry the backup code.
  const { exportBackup } = await import('../../db/backup/export.ts');
  const backup = await exportBackup(db, scope);
  await downloadLargeText(backupFileName(backup.createdAt, scope === 'all' ? undefined : sessionName), backup.parts, 'application/json');
  void requestPersistence();
  return backup;
}

/** `le 30/06/2025 à 14:05`. */
export function frenchDateTime(iso: string): string {
  const date = new Date(iso);
  return `le ${date.toLocaleDateString('fr-FR')} à ${date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
}

/** The French message of an error: a refusal as is, a full disk explained, anything else said plainly. */
export function errorText(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const storage = storageErrorMessage(error);
  if (storage) return storage;
  return `Opération impossible : ${error instanceof Error ? error.message : String(error)}. Rien n'a été modifié.`;
}

export function savedText(backup: BackupExport): string {
  const count = backup.sessions.length;
  const what = count === 1 ? `la session « ${backup.sessions[0]!.name} »` : `${count} sessions`;
  return `Sauvegarde enregistrée (${what}) : gardez le fichier en lieu sûr, par exemple sur une clé USB.`;
}
