/**
 * Titles, ranks and roles that stand before a person's name (`Cde. Molotov`, `Minister of Foreign
 * Affairs [Carlos] Olivares`, `Mr. Generalissimo STALIN`). Folded forms, without full stops.
 * `strong` titles may take a single name that is also an English word (`President Park`).
 */
export interface Title {
  words: string[];
  strong: boolean;
  /** May be followed by `of …`, `to …`, `in …`, `for …` before the name (`Ambassador to Cuba`). */
  complement: boolean;
}

const STRONG = [
  'cde', 'comrade', 'comrades', 'mr', 'mrs', 'ms', 'messrs', 'dr', 'sir', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'senor', 'señor',
  'president', 'chairman', 'premier', 'prime minister', 'general', 'generalissimo', 'marshal', 'admiral', 'colonel', 'lieutenant',
  'captain', 'commander', 'ambassador', 'minister', 'vice premier', 'vice-premier', 'vice president', 'vice-president', 'director', 'secretary',
  'general secretary', 'first secretary', 'second secretary', 'third secretary', 'senator', 'governor', 'consul', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'shah', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'pope', 'cardinal', 'bishop',
  'professor', 'prof', 'academician', 'chief', 'deputy', 'counsellor', 'counselor', 'attache', 'attaché', 'envoy', 'charge', 'chargé',
  'lord', 'lady', 'highness', 'excellency', 'majesty', 'co-chairman', 'vice-chairman', 'vice chairman', 'major general', 'lieutenant general',
  'spokesman', 'comrade-in-arms', 'leader', 'chief officer', 'officer', 'assistant', 'adviser', 'advisor', 'major', 'sergeant', 'vice-chair',
];

/** Titles that also name an office without a person after them: they may take a complement. */
const WITH_COMPLEMENT = new Set([
  'ambassador', 'minister', 'president', 'chairman', 'premier', 'prime minister', 'secretary', 'general secretary', 'first secretary',
  'director', 'deputy', 'chief', 'consul', 'governor', 'envoy', 'counsellor', 'counselor', 'attache', 'attaché', 'vice president',
  'vice-president', 'co-chairman', 'vice-chairman', 'vice chairman', 'leader', 'chief officer', 'officer', 'assistant', 'commander',
  'vice premier', 'vice-premier', 'chargé', 'charge', 'vice-chair', 'king', 'queen', 'emperor', 'shah',
]);

/** Forms of address, not offices: they are not recorded as a person's role. */
export const COURTESY = new Set([
  'cde', 'comrade', 'comrades', 'mr', 'mrs', 'ms', 'messrs', 'dr', 'sir', 'madame', 'mme', 'monsieur', 'herr', 'frau', 'senor', 'señor',
  'lord', 'lady', 'highness', 'excellency', 'majesty', 'comrade-in-arms',
]);

export const TITLES: Title[] = STRONG.map((t) => ({ words: t.split(' '), strong: true, complement: WITH_COMPLEMENT.has(t) }));

/** Every word that can be part of a title: such words never belong to a name itself. */
export const TITLE_WORDS = new Set(STRONG.flatMap((t) => t.split(' ')).concat(['vice', 'first', 'acting', 'former', 'foreign', 'affairs']));

/** Verbs of the registry marks that name a person after `by` (`Typed by Plyvkina`, `Translated [by] P. Zudin`). */
export const BY_VERBS = new Set([
  'typed', 'verified', 'translated', 'signed', 'prepared', 'compiled', 'drafted', 'recorded', 'checked', 'written', 'printed',
  'decoded', 'deciphered', 'encoded', 'ciphered', 'copied', 'presented', 'approved', 'dictated', 'taken', 'composed', 'edited', 'read',
]);
