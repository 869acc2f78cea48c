/**
 * Backups (docs/sauvegarde.md): reading sessions out of the database into a backup file, restoring a file,
 * and counting the changes made since the last backup.
 *
 * Restoring checks the WHOLE file with the database's own check functions (the same as for a typed or
 * imported value) before writing anything, then writes everything in one transaction: a refused or failed
 * restore leaves the database exactly as it was. Ids are never taken from the file: every row gets a new id,
 * and the references between rows are remapped. A session of the file that is already in the database (same
 * creation time) is either replaced (it keeps its id, so an open tab stays on it) or kept next to the restored
 * copy, which is then named « … (restaurée) ».
 */
export * from './backup/tables.ts';
export * from './backup/export.ts';
export * from './backup/check.ts';
export * from './backup/restore.ts';
export * from './backup/counter.ts';
