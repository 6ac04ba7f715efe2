/**
 * The edition's registers (`tei/registers/persons.xml`, `places.xml`, `orgs.xml`): TEI files whose
 * `listPerson`, `listPlace` and `listOrg` hold one entry per entity with its `xml:id`, standard name
 * (the first name element without `@type="variant"`), variants, roles, authority ids and
 * coordinates. Read once per build; the names are compiled into one trie for matching.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { EntityEntry, EntityKind } from '../model/index.js';
import { nameKey } from './text.js';
import { NameTrie } from './trie.js';

/** A register entry: every variant the register knows (an EntityEntry's `variants` are those seen in one document). */
export interface RegisterEntry extends EntityEntry {
  registered: true;
  /** A note for the editor (`pseudonym of I. V. Stalin`), kept in the register only. */
  note?: string;
}

export interface RegisterName {
  id: string;
  kind: EntityKind;
  /** The form as the register writes it (case matters for matching: `US` is not `us`). */
  form: string;
}

export interface Registers {
  entries: Map<string, RegisterEntry>;
  /** Every standard name and variant, compiled on first use. */
  names(): NameTrie<RegisterName[]>;
  /** Files read, for messages. */
  files: string[];
}

const ENTRY_KIND: Record<string, EntityKind> = { person: 'person', place: 'place', org: 'org' };
const NAME_OF: Record<EntityKind, string> = { person: 'persName', place: 'placeName', org: 'orgName' };
const ROLE_ELEMENTS = new Set(['occupation', 'roleName']);

/** Parses the entries of one register file. Throws an Error naming the file and line on malformed XML. */
export function parseRegister(xml: string, file: string): RegisterEntry[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const entries: RegisterEntry[] = [];
  let entry: RegisterEntry | undefined;
  let text: string | undefined;
  let textKind: 'name' | 'variant' | 'role' | 'idno' | 'geo' | 'note' | undefined;
  let idnoType = '';
  let depth = 0;
  let entryDepth = 0;
  parser.on('error', (e) => {
    throw new Error(`${file}:${parser.line}:${parser.column}: ${e.message}`);
  });
  parser.on('opentag', (tag) => {
    depth++;
    const name = tag.local;
    const attr = (n: string): string | undefined => {
      const a = Object.values(tag.attributes).find((x) => (typeof x === 'object' ? x.local === n : false));
      return typeof a === 'object' ? a.value : undefined;
    };
    if (!entry && name in ENTRY_KIND) {
      const id = attr('id');
      if (!id) throw new Error(`${file}:${parser.line}: <${name}> without xml:id`);
      entry = { id, kind: ENTRY_KIND[name], name: '', variants: [], registered: true };
      const type = attr('type');
      if (type) entry.subtype = type;
      entryDepth = depth;
      return;
    }
    if (!entry || text !== undefined) return;
    if (name === NAME_OF[entry.kind] && depth === entryDepth + 1) {
      textKind = attr('type') === 'variant' || entry.name ? 'variant' : 'name';
    } else if (ROLE_ELEMENTS.has(name) && depth === entryDepth + 1) textKind = 'role';
    else if (name === 'idno') {
      textKind = 'idno';
      idnoType = attr('type') ?? 'unknown';
    } else if (name === 'geo') textKind = 'geo';
    else if (name === 'note' && depth === entryDepth + 1) textKind = 'note';
    else return;
    text = '';
  });
  parser.on('text', (t) => {
    if (text !== undefined) text += t;
  });
  parser.on('closetag', () => {
    if (entry && depth === entryDepth) {
      if (!entry.name) throw new Error(`${file}:${parser.line}: entry ${entry.id} has no name`);
      entries.push(entry);
      entry = undefined;
    } else if (entry && text !== undefined && textKind) {
      const value = text.replace(/\s+/g, ' ').trim();
      text = undefined;
      if (value) {
        if (textKind === 'name') entry.name = value;
        else if (textKind === 'variant') entry.variants.push(value);
        else if (textKind === 'role') (entry.roles ??= []).push(value);
        else if (textKind === 'idno') (entry.idnos ??= []).push({ type: idnoType, value });
        else if (textKind === 'geo') entry.geo = value;
        else if (textKind === 'note') entry.note = value;
      }
      textKind = undefined;
    }
    depth--;
  });
  parser.write(xml).close();
  return entries;
}

/** Reads every `*.xml` register in `dir` (none when the folder is missing). Duplicate ids are an error. */
export function loadRegisters(dir: string): Registers {
  const entries = new Map<string, RegisterEntry>();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f)) : [];
  for (const file of files) {
    for (const entry of parseRegister(readFileSync(file, 'utf8'), file)) {
      if (entries.has(entry.id)) throw new Error(`${file}: xml:id "${entry.id}" is already used by another register entry`);
      entries.set(entry.id, entry);
    }
  }
  return registersOf(entries, files);
}

export function registersOf(entries: Map<string, RegisterEntry>, files: string[] = []): Registers {
  let trie: NameTrie<RegisterName[]> | undefined;
  return {
    entries,
    files,
    names() {
      if (!trie) {
        trie = new NameTrie();
        const forms = new Map<string, RegisterName[]>();
        for (const entry of entries.values()) {
          for (const form of [entry.name, ...entry.variants]) {
            const list = forms.get(form) ?? [];
            list.push({ id: entry.id, kind: entry.kind, form });
            forms.set(form, list);
          }
        }
        // Several forms may fold to one key (`US`, `U.S.`): the trie keeps one list per key.
        const byKey = new Map<string, RegisterName[]>();
        for (const list of forms.values()) {
          const key = nameKey(list[0].form);
          byKey.set(key, [...(byKey.get(key) ?? []), ...list]);
        }
        for (const list of byKey.values()) trie.add(list[0].form, list);
      }
      return trie;
    },
  };
}

/** An empty register, for `--no-register` and for tests. */
export const NO_REGISTERS: Registers = registersOf(new Map());
