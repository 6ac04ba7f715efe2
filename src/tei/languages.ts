/**
 * Language names as the archive writes them (`Original Language: Russian`) and their BCP 47
 * codes, for `langUsage/language/@ident` and `textLang/@mainLang`.
 */

const LANGUAGE_CODES: Record<string, string> = {
  albanian: 'sq', arabic: 'ar', armenian: 'hy', azerbaijani: 'az', belarusian: 'be', bulgarian: 'bg',
  burmese: 'my', chinese: 'zh', croatian: 'hr', czech: 'cs', danish: 'da', dutch: 'nl', english: 'en',
  estonian: 'et', farsi: 'fa', finnish: 'fi', french: 'fr', georgian: 'ka', german: 'de', greek: 'el',
  hebrew: 'he', hindi: 'hi', hungarian: 'hu', indonesian: 'id', italian: 'it', japanese: 'ja',
  kazakh: 'kk', khmer: 'km', korean: 'ko', lao: 'lo', latvian: 'lv', lithuanian: 'lt',
  macedonian: 'mk', mongolian: 'mn', norwegian: 'no', pashto: 'ps', persian: 'fa', polish: 'pl',
  portuguese: 'pt', romanian: 'ro', russian: 'ru', serbian: 'sr', 'serbo-croatian': 'sh',
  slovak: 'sk', slovenian: 'sl', spanish: 'es', swedish: 'sv', turkish: 'tr', ukrainian: 'uk',
  urdu: 'ur', uyghur: 'ug', uzbek: 'uz', vietnamese: 'vi', yiddish: 'yi',
};

/** BCP 47 for languages that have no code of their own (`mis`: uncoded languages). */
export const UNCODED_LANGUAGE = 'mis';

export interface Language {
  ident: string;
  name: string;
}

/** `Russian`, `Russian, Chinese`, `Chinese and Russian` → one Language each. */
export function languagesOf(names: string | undefined): Language[] {
  if (!names) return [];
  return names
    .split(/\s*(?:,|;|\/|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, ident: LANGUAGE_CODES[name.toLowerCase()] ?? UNCODED_LANGUAGE }));
}

/** The language a `Contents` line names (`Translation - English`, `English Translation`). */
export function translationLanguage(contents: string | undefined): Language {
  for (const word of (contents ?? '').split(/[^\p{L}-]+/u)) {
    const ident = LANGUAGE_CODES[word.toLowerCase()];
    if (ident) return { name: word, ident };
  }
  return { name: 'English', ident: 'en' };
}
