/**
 * From mentions to the document's entities. Known entities (register, gazetteer) keep their id.
 * Within a document a surname alone refers to the one person of that name met in the document
 * (`Guevara` → Ernesto Guevara), initials agree with full forms (`A. PUZANOV` → A. M. Puzanov),
 * two people who share a surname stay apart (and a bare surname that could be either is left
 * untagged), an abbreviation given after an expansion names the same body (`OAS`).
 */
import type { EntityEntry, EntityKind } from '../model/index.js';
import type { Gazetteer } from './gazetteer.js';
import { placeId, slug } from './gazetteer.js';
import type { KnownEntity, Mention } from './mention.js';
import { compatible, parsePersonName, type PersonName } from './person-names.js';
import type { Registers } from './registers.js';
import { nameKey, tokenize, type Segment } from './text.js';

export interface DocEntity {
  entry: EntityEntry;
  mentions: Mention[];
  /** Person only: the forms of the name met. */
  names: PersonName[];
}

export interface Resolution {
  entities: Map<string, DocEntity>;
  /** The entity each mention names (mentions left out could not be resolved). */
  of: Map<Mention, string>;
}

const PREFIX: Record<EntityKind, string> = { person: 'per', place: 'pla', org: 'org' };

function entryOf(known: KnownEntity): EntityEntry {
  const { id, kind, name, registered, subtype, roles, idnos, geo, evidence } = known;
  return { id, kind, name, variants: [], registered, ...(subtype && { subtype }), ...(roles && { roles }), ...(idnos?.length && { idnos }), ...(geo && { geo }), ...(!registered && { evidence }) };
}

export class EntityTable {
  readonly entities = new Map<string, DocEntity>();
  readonly of = new Map<Mention, string>();
  /** Abbreviation → entity id, from `Name [ABBR]` / `Name (ABBR)`. */
  private readonly abbreviations = new Map<string, string>();
  /** `kind:folded name` → id of the places and bodies found by rules. */
  private readonly named = new Map<string, string>();

  constructor(
    private readonly registers: Registers,
    private readonly gz: Gazetteer,
  ) {}

  private add(id: string, mention: Mention, make: () => EntityEntry): DocEntity {
    let entity = this.entities.get(id);
    if (!entity) this.entities.set(id, (entity = { entry: make(), mentions: [], names: [] }));
    entity.mentions.push(mention);
    this.of.set(mention, id);
    if (mention.title && mention.kind === 'person' && !entity.entry.registered) {
      const roles = (entity.entry.roles ??= []);
      if (!roles.includes(mention.title)) roles.push(mention.title);
    }
    return entity;
  }

  /** A new id for a generated entity: from its name, never one of another entity. */
  private freshId(kind: EntityKind, name: string): string {
    const base = kind === 'place' ? placeId(name) : `${PREFIX[kind]}-${slug(name)}`;
    let id = base;
    for (let n = 2; this.registers.entries.has(id) && this.registers.entries.get(id)!.name !== name; n++) id = `${base}-${n}`;
    return id;
  }

  resolve(mentions: Mention[], segments: Segment[]): void {
    // Known entities first, so that persons of the register take their own forms.
    for (const m of mentions) if (m.entity) this.addKnown(m, m.entity);
    for (const m of mentions) if (!m.entity && m.kind !== 'person') this.noteAbbreviation(m, segments);
    for (const m of mentions) if (!m.entity && m.kind === 'org') this.addNamed(m);
    for (const m of mentions) if (!m.entity && m.kind === 'place') this.addNamed(m);
    const persons = mentions.filter((m) => !m.entity && m.kind === 'person').map((m) => ({ m, name: parsePersonName(m.name) }));
    persons.sort((a, b) => Number(a.name.size === 1) - Number(b.name.size === 1) || b.name.size - a.name.size);
    for (const { m, name } of persons) this.addPerson(m, name);
    this.dropSharedSurnames();
  }

  /**
   * A register's bare surname (`Kennedy`) names its person only where no other person of the
   * document bears that surname; otherwise it is left untagged.
   */
  private dropSharedSurnames(): void {
    for (const entity of this.persons()) {
      if (!entity.entry.registered) continue;
      for (const m of [...entity.mentions]) {
        const name = parsePersonName(m.name);
        if (name.size !== 1) continue;
        const others = this.persons().filter((e) => e !== entity && e.names.some((n) => n.surname === name.surname));
        if (others.length) this.forget(m);
      }
    }
  }

  private addKnown(m: Mention, known: KnownEntity): void {
    const entity = this.add(known.id, m, () => entryOf(known));
    if (known.kind === 'person' && !entity.names.length) {
      const entry = this.registers.entries.get(known.id);
      for (const form of [known.name, ...(entry?.variants ?? [])]) entity.names.push(parsePersonName(form));
    }
    if (known.kind !== 'person') this.abbreviations.set(nameKey(m.name), known.id);
  }

  private noteAbbreviation(m: Mention, segments: Segment[]): void {
    // `Organization of American States (OAS)`, or `[OAS]`: brackets are supplied text in the model.
    const segment = segments[m.seg];
    const after = segment.flat.slice(m.end, m.end + 16);
    const paren = /^\s*\(\s*(\p{Lu}[\p{Lu}.]*(?:\(\p{Ll}\))?)\s*\)/u.exec(after)?.[1];
    const bare = /^(\s*)(\p{Lu}[\p{Lu}.]*(?:\(\p{Ll}\))?)\b/u.exec(after);
    const supplied = bare && segment.supplied.some((s) => s.start === m.end + bare[1].length && s.end === m.end + bare[0].length) ? bare[2] : undefined;
    const abbr = paren ?? supplied;
    if (abbr && abbr.replace(/\W/g, '').length >= 2) this.abbreviations.set(nameKey(abbr), `pending:${nameKey(m.name)}`);
  }

  private addNamed(m: Mention): void {
    const name = m.name.replace(/^the\s+/i, '');
    const key = nameKey(name);
    let pointer = this.abbreviations.get(key);
    if (pointer?.startsWith('pending:')) pointer = this.abbreviations.get(pointer.slice(8)) ?? undefined;
    if (pointer && this.entities.has(pointer)) {
      this.add(pointer, m, () => this.entities.get(pointer!)!.entry);
      return;
    }
    if (m.kind === 'place') {
      const tokens = tokenize(name);
      const hit = this.gz.names.matchAt(tokens, 0);
      if (hit && hit.to === tokens.length) {
        const p = hit.value.place;
        this.add(p.id, m, () => entryOf({ id: p.id, kind: 'place', name: p.name, registered: false, subtype: p.subtype, idnos: p.idnos, geo: p.geo, evidence: p.source }));
        return;
      }
    }
    const id = this.named.get(`${m.kind}:${key}`) ?? this.freshId(m.kind, name);
    this.add(id, m, () => ({ id, kind: m.kind, name, variants: [], registered: false, evidence: `rule:${m.rule}` }));
    this.named.set(`${m.kind}:${key}`, id);
    this.abbreviations.set(key, id);
  }

  private persons(): DocEntity[] {
    const out: DocEntity[] = [];
    for (const e of this.entities.values()) if (e.entry.kind === 'person') out.push(e);
    return out;
  }

  private addPerson(m: Mention, name: PersonName): void {
    const persons = this.persons();
    let target = persons.find((e) => e.names.some((n) => n.key === name.key));
    if (!target) {
      const full = name.given.length > 0 || name.initials.length > 0;
      const same = persons.filter((e) => e.names.some((n) => compatible(n, name)));
      // A bare surname may also be the first word of a name whose family name comes first (`Kim` of `Kim Il Sung`).
      const other = full ? [] : persons.filter((e) => !same.includes(e) && e.names.some((n) => n.otherSurname === name.surname && n.size > 1));
      const all = [...same, ...other];
      if (all.length === 1) target = all[0];
      else if (all.length > 1 && !full) return; // a bare surname two people share: untagged rather than guessed
    }
    if (!target && m.aliasOnly) return;
    if (target) {
      this.add(target.entry.id, m, () => target!.entry);
      if (!target.names.some((n) => n.key === name.key)) target.names.push(name);
      return;
    }
    const id = this.freshId('person', name.display);
    const entity = this.add(id, m, () => ({ id, kind: 'person', name: name.display, variants: [], registered: false, evidence: `rule:${m.rule}` }));
    entity.names.push(name);
  }

  /** Folded surnames that name exactly one person of this document with a fuller name. */
  surnames(): Map<string, string> {
    const count = new Map<string, Set<string>>();
    for (const e of this.persons()) {
      for (const n of e.names) {
        if (n.size < 2) continue;
        const set = count.get(n.surname) ?? new Set();
        set.add(e.entry.id);
        count.set(n.surname, set);
      }
    }
    const out = new Map<string, string>();
    for (const [surname, ids] of count) if (ids.size === 1) out.set(surname, [...ids][0]);
    return out;
  }

  /** Attaches a bare-surname mention found after resolution. */
  attach(m: Mention, id: string): void {
    this.add(id, m, () => this.entities.get(id)!.entry);
  }

  /** Drops a mention that could not be put into the text. */
  forget(m: Mention): void {
    const id = this.of.get(m);
    if (!id) return;
    this.of.delete(m);
    const entity = this.entities.get(id)!;
    entity.mentions = entity.mentions.filter((x) => x !== m);
    if (!entity.mentions.length) this.entities.delete(id);
  }
}
