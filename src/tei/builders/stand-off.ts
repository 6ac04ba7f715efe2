import type { EntityEntry, EntityKind } from '../../model/index.js';
import { NAME_ELEMENT } from '../conventions.js';
import type { EncodeState } from '../state.js';
import { clean, token } from '../xml-names.js';
import { element, type El } from './element.js';

/** `lat long` in decimal degrees, the form the edition schema accepts in `geo`. */
const GEO = /^-?\d+(\.\d+)? -?\d+(\.\d+)?$/;

const LISTS: Record<EntityKind, { list: string; entry: string }> = {
  person: { list: 'listPerson', entry: 'person' },
  place: { list: 'listPlace', entry: 'place' },
  org: { list: 'listOrg', entry: 'org' },
};

/**
 * One entry per entity of this document, as the register has it: standard name, the variants
 * seen in the text, roles, coordinates and authority ids (only those the register gives).
 * TEI wants no empty lists, so a document without entities has no `standOff`.
 */
export function standOff(parent: El, state: EncodeState): void {
  if (state.entities.size === 0) return;
  const el = element(parent, 'standOff');
  for (const kind of Object.keys(LISTS) as EntityKind[]) {
    const entries = [...state.entities].filter(([, entry]) => entry.kind === kind);
    if (entries.length === 0) continue;
    const list = element(el, LISTS[kind].list);
    for (const [id, entry] of entries) ENTRY[kind](element(list, LISTS[kind].entry, {
      'xml:id': id,
      type: kind !== 'person' && entry.subtype ? token(entry.subtype) : undefined,
    }), entry, id);
  }
}

/** The standard name (the first variant, or the id, when the register gives none), then the variants. */
function names(el: El, entry: EntityEntry, id: string): void {
  const nameElement = NAME_ELEMENT[entry.kind];
  const variants = [...new Set(entry.variants.map(clean))].filter(Boolean);
  const standard = clean(entry.name) || variants[0] || id;
  element(el, nameElement, {}, standard);
  for (const variant of variants) if (variant !== standard) element(el, nameElement, { type: 'variant' }, variant);
}

function idnos(el: El, entry: EntityEntry): void {
  for (const { type, value } of entry.idnos ?? []) element(el, 'idno', { type: token(type) }, value);
}

const ENTRY: Record<EntityKind, (el: El, entry: EntityEntry, id: string) => void> = {
  person(el, entry, id) {
    names(el, entry, id);
    for (const role of entry.roles ?? []) if (clean(role)) element(el, 'occupation', {}, clean(role));
    idnos(el, entry);
  },
  place(el, entry, id) {
    names(el, entry, id);
    if (entry.geo && GEO.test(clean(entry.geo))) element(element(el, 'location'), 'geo', {}, clean(entry.geo));
    idnos(el, entry);
  },
  org(el, entry, id) {
    names(el, entry, id);
    idnos(el, entry);
  },
};
