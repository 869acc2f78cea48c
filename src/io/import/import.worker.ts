/**
 * The import worker: reads and plans an import off the main thread (src/io/import/work.ts does the work, this
 * file only connects it to the messages). Started by the import wizard, ended when the wizard cancels or closes.
 */
import { ImportWork, type ImportWorkMessage, type ImportWorkReply } from './work.ts';

const work = new ImportWork();
const scope = self as unknown as { onmessage: ((event: MessageEvent<ImportWorkMessage>) => void) | null; postMessage: (reply: ImportWorkReply) => void };

scope.onmessage = (event) => work.handle(event.data, (reply) => scope.postMessage(reply));
