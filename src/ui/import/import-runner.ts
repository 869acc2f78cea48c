/**
 * Runs the import's reading and planning (src/io/import/work.ts) in a Web Worker, so a large file never freezes
 * the page; where Workers are unavailable (the jsdom tests), on the main thread after yielding once.
 * One runner per file: `cancel()` ends the worker at once (the file is then forgotten).
 */
import {
  ImportWork,
  PlanAssembler,
  snapshotMessages,
  type ImportFile,
  type LivretWorkContext,
  type ImportWorkReply,
  type ImportWorkRequest,
  type ImportWorkResult,
  type ImportWorkStep,
} from '../../io/import/work.ts';
import type { SessionSnapshot } from '../../io/import/types.ts';

export type ReadProgress = { step: ImportWorkStep; percent: number };

/** Rejects the requests of a cancelled runner. */
export class ImportRunCancelled extends Error {
  override name = 'ImportRunCancelled';
}

type Pending = {
  resolve: (result: ImportWorkResult) => void;
  reject: (error: Error) => void;
  onProgress: (progress: ReadProgress) => void;
  parts: PlanAssembler;
};

/** A worker started before a file is chosen (startImportWorker), taken by the next runner. */
let spare: Worker | null = null;

const newWorker = () => new Worker(new URL('../../io/import/import.worker.ts', import.meta.url), { type: 'module', name: 'import' });

function takeWorker(): Worker {
  const worker = spare ?? newWorker();
  spare = null;
  return worker;
}

/**
 * Starts the import worker while the file is being chosen (the wizard is open), so that reading the file does not
 * also wait for the worker's code to load. `stopSpareImportWorker` ends it if no file was chosen.
 */
export function startImportWorker(): void {
  if (typeof Worker !== 'undefined' && !spare) spare = newWorker();
}

export function stopSpareImportWorker(): void {
  spare?.terminate();
  spare = null;
}

export class ImportRunner {
  #worker: Worker | null = null;
  #local: ImportWork | null = null;
  #pending = new Map<number, Pending>();
  #nextId = 0;
  #fileSent = false;
  #snapshotSent: SessionSnapshot | null = null;
  #livretSent: LivretWorkContext | null = null;
  #cancelled = false;
  /** The messages are posted in order, a request after the session's slices it needs. */
  #sending: Promise<void> = Promise.resolve();

  constructor(private readonly file: ImportFile) {
    if (typeof Worker === 'undefined') {
      this.#local = new ImportWork();
      return;
    }
    this.#worker = takeWorker();
    this.#worker.onmessage = (event: MessageEvent<ImportWorkReply>) => this.#receive(event.data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#failAll(new Error(event.message || 'le lecteur de fichiers ne démarre pas'));
    };
  }

  /**
   * Reads and plans with these choices; the file, the snapshot and the livret context (livret mode) are sent only
   * when new (the context: when one of its parts is another object).
   */
  run(
    request: Omit<ImportWorkRequest, 'id' | 'file' | 'snapshot' | 'livretContext'>,
    snapshot: SessionSnapshot,
    onProgress: (progress: ReadProgress) => void,
    livretContext?: LivretWorkContext,
  ): Promise<ImportWorkResult> {
    if (this.#cancelled) return Promise.reject(new ImportRunCancelled());
    const id = ++this.#nextId;
    const message: ImportWorkRequest = { ...request, id };
    const transfer: Transferable[] = [];
    if (!this.#fileSent) {
      message.file = this.file;
      this.#fileSent = true;
      // The bytes move to the worker instead of being copied (10 Mo); the page does not need them any more.
      const bytes = this.file.bytes;
      if (this.#worker && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
        transfer.push(bytes.buffer);
      }
    }
    const sent = this.#livretSent;
    if (
      livretContext &&
      (!sent || sent.template !== livretContext.template || sent.sessionId !== livretContext.sessionId || sent.records !== livretContext.records)
    ) {
      message.livretContext = livretContext;
      this.#livretSent = livretContext;
    }
    const newSnapshot = this.#snapshotSent !== snapshot;
    if (newSnapshot) {
      message.snapshot = snapshot;
      this.#snapshotSent = snapshot;
    }
    return new Promise<ImportWorkResult>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress, parts: new PlanAssembler() });
      if (this.#worker) {
        // A large session goes in slices, each copied in a task of its own, so that the page keeps painting.
        const send = async () => {
          if (newSnapshot) {
            const split = snapshotMessages(snapshot);
            for (const part of split.parts) {
              if (!this.#worker) return;
              this.#worker.postMessage(part);
              await new Promise((next) => setTimeout(next, 0));
            }
            message.snapshot = split.snapshot;
            message.snapshotInParts = true;
          }
          this.#worker?.postMessage(message, transfer);
        };
        this.#sending = this.#sending.then(send).catch((error: unknown) => this.#failAll(error instanceof Error ? error : new Error(String(error))));
      } else {
        // No worker: the same work, after letting the page show the progress bar.
        setTimeout(() => {
          if (!this.#cancelled) void this.#local!.handle(message, (reply) => this.#receive(reply));
        }, 0);
      }
    });
  }

  /** Stops at once: the worker is ended, every request still running is rejected with ImportRunCancelled. */
  cancel(): void {
    if (this.#cancelled) return;
    this.#cancelled = true;
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new ImportRunCancelled());
  }

  #receive(reply: ImportWorkReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') {
      pending.onProgress({ step: reply.step, percent: reply.percent });
      return;
    }
    if (reply.kind === 'part') {
      pending.parts.add(reply);
      return;
    }
    this.#pending.delete(reply.id);
    if (reply.kind === 'done') pending.resolve(pending.parts.finish(reply.result));
    else pending.reject(new Error(reply.message));
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }
}
