/**
 * What belongs to the edition rather than to a document: publisher, licence, base URL, contact.
 * Read from `edition.config.json` at the edition's root; every field has a default.
 */
export interface EditionConfig {
  /** The edition's title, for the site and the deposit packages. */
  title: string;
  publisher: string;
  /** Where the published site lives; document URIs are `${baseUrl}/html/${id}.html`. */
  baseUrl: string;
  licence: { text: string; target: string };
  contact: { name?: string; email?: string; address?: string };
  /** The organisation responsible for the edition (`Source-Organization` in bag-info). */
  organization: string;
  /** Responsibility statement for the edition's editor (the `#ed` of supplied text). */
  editor: string;
}

export const DEFAULT_CONFIG: EditionConfig = {
  title: 'Digital Edition of Archival Documents',
  publisher: 'tei-edition',
  baseUrl: 'https://example.org/edition',
  licence: {
    text: 'Creative Commons Attribution 4.0 International',
    target: 'https://creativecommons.org/licenses/by/4.0/',
  },
  contact: {},
  organization: 'tei-edition',
  editor: 'the editors of this edition',
};
