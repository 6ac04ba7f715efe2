import { describe, expect, it } from 'vitest';
import { orgRules } from './orgs.js';
import { gazetteerPlaces } from './places.js';
import { gazetteer } from '../gazetteer.js';
import { selectMentions } from '../resolve.js';
import { segmentOf } from '../text.js';
import { inline } from '../fixtures/model.js';

function orgs(text: string): string[] {
  const segment = segmentOf(inline(text), 'p');
  const mentions = [...orgRules(segment, 0, gazetteer()), ...gazetteerPlaces(segment, 0, gazetteer())];
  return selectMentions(mentions, segment.flat).filter((m) => m.kind === 'org').map((m) => m.name);
}

describe('organisations', () => {
  it('reads names that end in a head noun, with an `of` phrase', () => {
    expect(orgs('left the so-called "[Cuban] Revolutionary Council" of Miro Cardona')).toEqual(['Cuban Revolutionary Council']);
    expect(orgs('Chairman of the Council of Ministers of the\nUnion of Soviet Socialist Republics')).toEqual(['Council of Ministers of the\nUnion of Soviet Socialist Republics'.replace('\n', ' ')]);
    expect(orgs("Secretary of the Workers' Party of Korea")).toContain("Workers' Party of Korea");
    expect(orgs('Deputy Director of Organization and Guidance Department')).toEqual(['Organization and Guidance Department']);
  });

  it('keeps a body named inside another one', () => {
    expect(orgs('the Vice-Chair of the Administrative and Budgetary Committee of the UN General Assembly')).toEqual([
      'Administrative and Budgetary Committee of the UN General Assembly',
      'UN General Assembly',
    ]);
  });

  it('reads abbreviations where the text uses them as names', () => {
    expect(orgs('a member of the CPC since 1936. He is an official of the CPC CC staff')).toEqual(['CPC', 'CPC CC']);
    expect(orgs('has worked in PLA units since 1938')).toEqual(['PLA']);
    expect(orgs('4 - USSR MFA UVPI')).toEqual(['USSR MFA UVPI']);
    expect(orgs('the United Nations and TASS')).toEqual(['United Nations', 'TASS']);
  });

  it('ends an `of` phrase where a second one begins, and keeps a possessive inside it', () => {
    expect(orgs('members of the Presidium of the Cabinet of Ministers and of the Political Council')).toEqual([
      'Presidium of the Cabinet of Ministers',
      'Cabinet of Ministers',
      'Political Council',
    ]);
    expect(orgs("the Standing Committee of the Supreme People's Assembly")).toEqual(["Standing Committee of the Supreme People's Assembly", "Supreme People's Assembly"]);
  });

  it('does not take an office for a body', () => {
    expect(orgs('Socialist Unity Party of Germany\nOffice of the First Secretary')).toEqual(['Socialist Unity Party of Germany']);
  });

  it('does not take titles, generic phrases or labels for bodies', () => {
    expect(orgs('the Soviet government, the Cuban leadership and Communist parties of many Latin American countries')).toEqual([]);
    expect(orgs('the Commanding General of First Front')).toEqual(['First Front']);
    expect(orgs('North (KIM): U-2 flights over Cuba')).toEqual([]);
  });
});

describe('bodies written in two parts', () => {
  it("reads a party's organ written before the party after a comma as one body", () => {
    expect(orgs("Secretary of Central Committee, Workers' Party of Korea")).toEqual(["Central Committee, Workers' Party of Korea"]);
    expect(orgs("Chief Officer of the Political Bureau, Central Committee, Workers' Party of Korea")).toEqual(['Political Bureau', "Central Committee, Workers' Party of Korea"]);
    expect(orgs("the Central Committee, the Workers' Party of Korea")).toEqual(['Central Committee', "Workers' Party of Korea"]);
  });

  it('reads a name completed in brackets before a head noun in small letters', () => {
    expect(orgs('negotiations with the [Eleanor] Roosevelt [Tractors for Freedom] committee.')).toEqual(['Tractors for Freedom committee']);
    expect(orgs('the [Soviet] embassy and the [Soviet Cuban] committee')).toEqual([]);
    expect(orgs('the Tractors for Freedom committee')).toEqual([]);
  });
});

