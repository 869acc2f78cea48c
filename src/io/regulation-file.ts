/**
 * The regulation file (docs/reglementation.md): one regulation as UTF-8 JSON, to share a session's rules,
 * start a new session from them, or feed the CLI (`delib results --regulation`). The object is the
 * regulation itself with a `format` version first; the core fields come in a fixed order so the same
 * regulation always gives the same bytes (the app's export = `delib reglementation --preset`).
 * A bad file is refused whole, each fault named by its field (`units[3].coefficient : …`).
 */
import { checkRegulationData } from '../domain/regulation-data.ts';
import { canonicalRegulation, type Regulation } from '../domain/regulation.ts';

/** Version of the file's shape; a later Délib that changes it reads older versions. */
export const REGULATION_FORMAT = 1;

const NOT_OURS = "ce n'est pas une réglementation enregistrée par Délib (« Exporter la réglementation (JSON) »)";

/** The file's text: pretty-printed JSON (2 spaces), ending with a newline. */
export function regulationFileText(regulation: Regulation): string {
  return `${JSON.stringify({ format: REGULATION_FORMAT, ...canonicalRegulation(regulation) }, null, 2)}\n`;
}

export function regulationFileBytes(regulation: Regulation): Uint8Array {
  return new TextEncoder().encode(regulationFileText(regulation));
}

/** `reglementation-bts-ccst-2025.json`. */
export function regulationFileName(regulation: Pick<Regulation, 'id'>): string {
  return `reglementation-${regulation.id.replace(/[^A-Za-z0-9_.-]+/g, '-')}.json`;
}

export type RegulationFileRead = { ok: true; value: Regulation } | { ok: false; errors: string[] };

/** Reads a regulation file (bytes or text); every fault in French, naming its field. */
export function readRegulationFile(input: Uint8Array | string): RegulationFileRead {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return { ok: false, errors: ["le fichier n'est pas un texte UTF-8 (enregistrez-le en UTF-8)"] };
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, errors: [`le fichier est vide : ${NOT_OURS}`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // The engine's own words are English (« Expected double-quoted property name… »): only where is kept.
    const at = jsonErrorPlace(text, (error as Error).message);
    return { ok: false, errors: [`le fichier n'est pas du JSON lisible${at} (fichier tronqué ou d'un autre type ?) : ${NOT_OURS}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: ['le fichier doit contenir un objet JSON { … }'] };
  const format = (raw as { format?: unknown }).format;
  if (format === undefined && !('units' in raw)) return { ok: false, errors: [`ni « format » ni « units » : ${NOT_OURS}`] };
  if (format === undefined) return { ok: false, errors: ['format : champ obligatoire absent (1 pour ce fichier)'] };
  if (format !== REGULATION_FORMAT) {
    return {
      ok: false,
      errors: [`format : version ${JSON.stringify(format)} non prise en charge (cette version de Délib lit la version ${REGULATION_FORMAT})`],
    };
  }
  const { format: _format, ...rest } = raw as Record<string, unknown>;
  return checkRegulationData(rest);
}

/** « , ligne 20, colonne 7 » from a JSON.parse error's « at position 500 », or nothing (the engine did not say). */
function jsonErrorPlace(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `, ligne ${line}, colonne ${before.length - before.lastIndexOf('\n')}`;
}
