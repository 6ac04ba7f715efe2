import type { EncodeState } from '../state.js';
import { languagesOf } from '../languages.js';
import { clean, token } from '../xml-names.js';
import { element, type El } from './element.js';
import { documentTitle } from './title-stmt.js';

/**
 * The archival original: `msDesc/msIdentifier` (settlement, repository, one `idno[@type]` per
 * fond, opis, folder…) and `msContents/msItem` (pages as `locus`, the original's language).
 * TEI requires a repository, so without one the reference stays in the citation only.
 */
export function msDesc(parent: El, state: EncodeState): void {
  const { header } = state.transcription;
  const citation = header.citation;
  const repository = clean(citation?.repository) || clean(citation?.repositoryAbbr);
  if (!citation || !repository) return;
  const el = element(parent, 'msDesc');
  const identifier = element(el, 'msIdentifier');
  if (clean(citation.settlement)) element(identifier, 'settlement', {}, clean(citation.settlement));
  const abbr = clean(citation.repositoryAbbr);
  element(identifier, 'repository', {}, abbr && abbr !== repository ? `${repository} (${abbr})` : repository);
  for (const { type, value } of citation.identifiers) {
    if (clean(value)) element(identifier, 'idno', { type: token(type) }, clean(value));
  }
  const languages = languagesOf(header.originalLanguage);
  const pages = citation.pages;
  if (languages.length === 0 && !pages) return;
  const item = element(element(el, 'msContents'), 'msItem');
  if (pages) element(item, 'locus', { from: word(pages.from), to: word(pages.to ?? pages.from) }, pages.text);
  // msItem needs content besides its locus: the original's language, else the item's title.
  if (languages.length === 0) return void element(item, 'title', {}, documentTitle(state));
  const [main, ...other] = languages;
  element(item, 'textLang', {
    mainLang: main.ident,
    otherLangs: other.length ? other.map((language) => language.ident).join(' ') : undefined,
  }, languages.map((language) => language.name).join(', '));
}

/** `@from`/`@to` take one word (`65`, `16ob`). */
const word = (value: string | undefined): string | undefined => (value && /^\S+$/.test(clean(value)) ? clean(value) : undefined);
