/** The .xlsx variant of every CSV export: the workbook library is loaded (and cached) on the first one. */
import type { CsvCell } from '../io/csv.ts';
import { downloadBytes } from './download.ts';

/** Offers `table` (header first) as `fileName` (ending in .xlsx), one sheet named `sheet`. */
export async function downloadXlsx(fileName: string, table: CsvCell[][], sheet: string): Promise<void> {
  const [{ loadXlsx }, { writeXlsx, XLSX_MIME }] = await Promise.all([import('../io/workbook.ts'), import('../io/workbook-write.ts')]);
  downloadBytes(fileName, writeXlsx(await loadXlsx(), table, sheet), XLSX_MIME);
}
