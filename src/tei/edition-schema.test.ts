/**
 * The edition's schema (tei/schema/edition.rng) accepts what the encoder writes and refuses what
 * it does not, even where TEI All would accept it: it is the narrower of the two.
 */
import { describe, expect, it } from 'vitest';
import { encodeTei } from './index.js';
import { CONTEXT, referenceModel } from '../../test/fixtures/reference-model.js';
import { problemsOf, validateEdition, validateTeiAll } from '../../test/fixtures/tei.js';

const reference = encodeTei(referenceModel(), CONTEXT);

/** Edits of the reference TEI that TEI All accepts and the edition's schema must refuse. */
const NARROWER: Record<string, (xml: string) => string> = {
  'a date type outside the closed list': (xml) => xml.replace('type="creation-date"', 'type="signing-date"'),
  'an element the encoder never writes': (xml) => xml.replace('The rest of the conversation', '<foreign xml:lang="es">Cubano</foreign> The rest of the conversation'),
  'header parts out of order': (xml) => {
    const profile = xml.slice(xml.indexOf('    <profileDesc>'), xml.indexOf('    <revisionDesc>'));
    return xml.replace(profile, '').replace('    <encodingDesc>', `${profile}    <encodingDesc>`);
  },
  'a pointer that is not a local #id': (xml) => xml.replace('ref="#kudryavtsev"', 'ref="https://example.org/kudryavtsev"'),
  'a supplied text without @resp': (xml) => xml.replace('<supplied reason="completion" resp="#tr">', '<supplied reason="completion">'),
  'a @when with a time zone': (xml) => xml.replace('when="1961-06-03"', 'when="1961-06-03Z"'),
  'a division of a type outside the list': (xml) => xml.replace('<div type="entry"', '<div type="chapter"'),
};

describe('the edition schema', () => {
  it('accepts the reference document as the encoder writes it', async () => {
    expect(problemsOf(await validateEdition(reference))).toEqual([]);
  });

  for (const [what, edit] of Object.entries(NARROWER)) {
    it(`refuses ${what}, which TEI All accepts`, async () => {
      const edited = edit(reference);
      expect(edited).not.toEqual(reference);
      expect(problemsOf(await validateTeiAll(edited)), 'TEI All').toEqual([]);
      expect((await validateEdition(edited)).problems.filter((p) => p.layer === 'schema')).not.toEqual([]);
    });
  }
});
