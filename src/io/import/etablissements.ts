/**
 * Finds the établissement a row names, among the session's or those the import creates.
 * By UAI when the row gives one (the name is then not compared), else by name (case-, accent- and
 * spacing-insensitive). An unknown one is created only when the row gives its name and type.
 */
import { checkUai } from '../../domain/checks.ts';
import type { Etablissement } from '../../domain/session.ts';
import { normalizeHeader } from '../headers.ts';
import { parseEtablissementType } from './cells.ts';
import type { EtablissementTarget } from './types.ts';

export type EtablissementData = Omit<Etablissement, 'id' | 'sessionId'>;

/** The row's établissement cells, trimmed; undefined when the column is not mapped. */
export interface EtablissementCells {
  uai?: string | undefined;
  nom?: string | undefined;
  ville?: string | undefined;
  type?: string | undefined;
}

export type EtablissementResolution =
  | { kind: 'none' }
  | { kind: 'existing'; etablissement: Etablissement }
  | { kind: 'new'; key: string; data: EtablissementData }
  /** `field`: the field key of the column to blame. */
  | { kind: 'error'; field: string; message: string };

const norm = (text: string) => normalizeHeader(text);

export function etablissementLabel(e: Pick<Etablissement, 'name' | 'uai'>): string {
  return e.uai ? `${e.name} (${e.uai})` : e.name;
}

export class EtablissementResolver {
  /** The établissements to create, in the order of the first row that uses each. */
  readonly created: EtablissementData[] = [];
  private readonly createdIndex = new Map<string, number>();
  /** First description of each établissement to create, by key (`uai:…` or `nom:…`), rows in error included. */
  private readonly described = new Map<string, { data: EtablissementData; line: number }>();
  private readonly describedByName = new Map<string, string>();
  private readonly byUai = new Map<string, Etablissement>();
  private readonly byName = new Map<string, Etablissement[]>();

  constructor(existing: readonly Etablissement[]) {
    for (const e of existing) {
      if (e.uai) this.byUai.set(e.uai.toUpperCase(), e);
      const list = this.byName.get(norm(e.name)) ?? [];
      list.push(e);
      this.byName.set(norm(e.name), list);
    }
  }

  resolve(cells: EtablissementCells, line: number): EtablissementResolution {
    const name = cells.nom ?? '';
    if (!cells.uai && !name) {
      if (cells.ville || cells.type) {
        return { kind: 'error', field: 'etablissement_nom', message: 'établissement : indiquez son code UAI ou son nom' };
      }
      return { kind: 'none' };
    }
    let uai = '';
    let key: string;
    if (cells.uai) {
      const checked = checkUai(cells.uai);
      if (!checked.ok) return { kind: 'error', field: 'etablissement_uai', message: checked.error };
      uai = checked.value;
      const found = this.byUai.get(uai);
      if (found) return { kind: 'existing', etablissement: found };
      key = `uai:${uai}`;
    } else {
      const found = this.byName.get(norm(name)) ?? [];
      if (found.length === 1) return { kind: 'existing', etablissement: found[0]! };
      if (found.length > 1) {
        return {
          kind: 'error',
          field: 'etablissement_nom',
          message: `plusieurs établissements s'appellent « ${name} » : indiquez leur code UAI`,
        };
      }
      key = this.describedByName.get(norm(name)) ?? `nom:${norm(name)}`;
    }
    const seen = this.described.get(key);
    if (seen) return this.sameAs(seen, key, cells);

    if (!name || !cells.type) {
      return {
        kind: 'error',
        field: uai ? 'etablissement_uai' : 'etablissement_nom',
        message: `établissement inconnu : « ${uai || name} » (pour le créer, donnez son nom et son type)`,
      };
    }
    const type = parseEtablissementType(cells.type);
    if (!type.ok) return { kind: 'error', field: 'etablissement_type', message: type.error };
    const data: EtablissementData = { uai, name, city: cells.ville ?? '', type: type.value };
    this.described.set(key, { data, line });
    if (!this.describedByName.has(norm(name))) this.describedByName.set(norm(name), key);
    return { kind: 'new', key, data };
  }

  /** A later row naming an établissement to create must not describe it differently. */
  private sameAs(seen: { data: EtablissementData; line: number }, key: string, cells: EtablissementCells): EtablissementResolution {
    const type = cells.type ? parseEtablissementType(cells.type) : null;
    const differs =
      (cells.nom && norm(cells.nom) !== norm(seen.data.name)) ||
      (cells.ville && norm(cells.ville) !== norm(seen.data.city)) ||
      (type && (!type.ok || type.value !== seen.data.type));
    if (differs) {
      return {
        kind: 'error',
        field: key.startsWith('uai:') ? 'etablissement_uai' : 'etablissement_nom',
        message: `l'établissement « ${etablissementLabel(seen.data)} » est décrit autrement ligne ${seen.line} (nom, ville ou type)`,
      };
    }
    return { kind: 'new', key, data: seen.data };
  }

  /** Called for the rows without error only: an établissement is created when a valid row uses it. */
  commit(resolution: EtablissementResolution, keep: number | null): EtablissementTarget {
    switch (resolution.kind) {
      case 'existing':
        return { id: resolution.etablissement.id! };
      case 'new': {
        let index = this.createdIndex.get(resolution.key);
        if (index === undefined) {
          index = this.created.push(resolution.data) - 1;
          this.createdIndex.set(resolution.key, index);
        }
        return { newIndex: index };
      }
      default:
        return keep === null ? null : { id: keep };
    }
  }
}
