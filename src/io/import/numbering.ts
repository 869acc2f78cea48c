/**
 * A file written in another regulation's numbering, imported into a session: the 2025 CCST renumbered its épreuves
 * (R9), so a 2025 file's E3, E4, E5 are other épreuves than a 2024 session's, and matching columns by their code wrote
 * each mark into the wrong épreuve without a word. Told before any plan: the user imports it into a session of its
 * regulation, or says which épreuve each column is (the columns chosen by hand are theirs).
 */
import type { Regulation } from '../../domain/regulation.ts';
import { autoMap, importFields, regulationForHeader } from './fields.ts';
import type { ColumnMapping } from './types.ts';

/** Codes of the file that name other épreuves in the session, and why, in French. */
export interface NumberingClash {
  codes: string[];
  message: string;
}

/**
 * Why the header's unit columns cannot be read under the session's `regulation` (null: they can): another of
 * `regulations` recognises more of its columns, and some code of the file names another épreuve there than in the
 * session.
 */
export function numberingClash(header: readonly string[], regulation: Regulation, regulations: readonly Regulation[]): NumberingClash | null {
  const session = { regulation };
  const best = regulationForHeader(
    header,
    regulations.filter((r) => r.id !== regulation.id).map((r) => ({ regulation: r })),
    session,
  );
  if (best === session) return null;
  const other = best.regulation;
  const here: ColumnMapping = autoMap(header, importFields(regulation));
  const there: ColumnMapping = autoMap(header, importFields(other));
  const unitName = (r: Regulation, code: string) => r.units.find((u) => u.code === code)?.name;
  const clashing = [...new Set(here.filter((key): key is string => key !== null && unitName(other, key) !== undefined))].filter(
    (code) => unitName(regulation, code) !== undefined && unitName(regulation, code) !== unitName(other, code),
  );
  if (clashing.length === 0) return null;
  const onlyThere = [
    ...new Set(there.filter((key): key is string => key !== null && unitName(other, key) !== undefined && unitName(regulation, key) === undefined)),
  ];
  const first = clashing[0]!;
  const message =
    `Ce fichier suit la numérotation de « ${other.name} »` +
    (onlyThere.length > 0 ? ` (ses colonnes ${onlyThere.join(', ')} n'existent que là)` : '') +
    ` ; dans cette session (« ${regulation.name} »), ${clashing.join(', ')} ${clashing.length > 1 ? 'sont d’autres épreuves' : 'est une autre épreuve'}` +
    ` (${first} : « ${unitName(regulation, first)} » ici, « ${unitName(other, first)} » dans le fichier). ` +
    'Importez-le dans une session de sa réglementation, ou choisissez vous-même l’épreuve de chaque colonne ci-dessus.';
  return { codes: clashing, message };
}

/** The mapping recognised from the header without the columns whose code names another épreuve (left to the user). */
export function withoutClashing(mapping: ColumnMapping, clash: NumberingClash | null): ColumnMapping {
  return clash ? mapping.map((key) => (key !== null && clash.codes.includes(key) ? null : key)) : mapping;
}
