import { describe, expect, it } from 'vitest';
import { personRules, speakerLabels } from './persons.js';
import { gazetteer } from '../gazetteer.js';
import { selectMentions } from '../resolve.js';
import { segmentOf } from '../text.js';
import { inline } from '../fixtures/model.js';

function persons(text: string, context = 'p'): string[] {
  const segment = segmentOf(inline(text), context);
  return selectMentions(personRules(segment, 0, gazetteer()), segment.flat).map((m) => m.name);
}

describe('persons from titles and roles', () => {
  it('reads the name after a title, a chain of titles, or an office', () => {
    expect(persons('copies to Cde. Poskrebyshev and Comrade Molotov')).toEqual(['Poskrebyshev', 'Molotov']);
    expect(persons('to Mr. Generalissimo STALIN, Chairman')).toEqual(['STALIN']);
    expect(persons('former Cuban Minister of Public Works [Manolo] Ray, who')).toEqual(['Manolo Ray']);
    expect(persons('Soviet Ambassador to Cuba Sergey Kudryavtsev and')).toEqual(['Sergey Kudryavtsev']);
    expect(persons('Is President Park doing well?')).toEqual(['Park']);
  });

  it('crosses a hard line break between a title and the name', () => {
    expect(persons('Presented by Princess\nAshraf Pahlavi on 20 July')).toEqual(['Ashraf Pahlavi']);
    expect(persons('with Minister of Industry of the Republic of Cuba\nErnesto Guevara')).toEqual(['Ernesto Guevara']);
  });

  it('records the office, not the form of address', () => {
    const [m] = personRules(segmentOf(inline('acting Minister of Foreign Affairs [Carlos] Olivares'), 'p'), 0, gazetteer());
    expect(m.title).toBe('Minister of Foreign Affairs');
    const [c] = personRules(segmentOf(inline('to Cde. Molotov'), 'p'), 0, gazetteer());
    expect(c.title).toBeUndefined();
  });

  it('finds no person where a title stands before a common word or a body', () => {
    expect(persons('The Minister reported that the General Assembly met.')).toEqual([]);
    expect(persons('Chairman of the Council of Ministers of the Union of Soviet Socialist Republics')).toEqual([]);
  });
});

describe('persons from the shape of the name', () => {
  it('reads initials and a surname whole', () => {
    expect(persons('From S.M. Kudryavtsev’s Diary')).toEqual(['S.M. Kudryavtsev']);
    expect(persons('JOURNAL of Soviet Ambassador in the DPRK A. M. PUZANOV for the period')).toEqual(['A. M. PUZANOV']);
    expect(persons('Presented to I. V. Stalin by')).toEqual(['I. V. Stalin']);
  });

  it('takes a given name written in full before a middle initial', () => {
    expect(persons('Anatoly F. Dobrynin, Ambassador of the USSR')).toEqual(['Anatoly F. Dobrynin']);
  });

  it('reads given and family names in a line of capitals, not markings', () => {
    expect(persons('TODAY I VISITED FIDEL CASTRO TOGETHER WITH RAUL CASTRO AND OSVALDO DORTICOS.')).toEqual(['FIDEL CASTRO', 'RAUL CASTRO', 'OSVALDO DORTICOS']);
    expect(persons('TOP SECRET\nCOPY OF AN OUTGOING TELEGRAM\nCIPHERED TELEGRAM\n4 - USSR MFA UVPI')).toEqual([]);
  });

  it('does not read a place written with full stops as initials', () => {
    expect(persons('the U.S. Congress')).toEqual([]);
  });

  it('reads roster forms with the family name in capitals', () => {
    expect(persons('KIM Il Sung\nKIM Il 1st Vice Premier\nCHANG Ki-yeong Assistant to the co-chairman')).toEqual(['KIM Il Sung', 'KIM Il', 'CHANG Ki-yeong']);
    expect(persons('To: [Aleksander] KRAJEWSKI')).toContain('Aleksander KRAJEWSKI');
  });

  it('reads registry marks, address lines and signatures', () => {
    expect(persons('Typed by Plyvkina\nVerified by Shift Chief Sadov[in] 0350')).toEqual(['Plyvkina', 'Sadovin']);
    expect(persons('Translated [by] P. Zudin')).toEqual(['P. Zudin']);
    expect(persons('BEIPING\nto TEREBIN')).toEqual(['TEREBIN']);
    expect(persons('in BEIPING, although with fewer delegates.\nFILIPPOV”')).toEqual(['FILIPPOV']);
    expect(persons('Kudryavtsev', 'closer:signer')).toEqual(['Kudryavtsev']);
  });

  it('reads given and family names that are not English words', () => {
    expect(persons('I visited Pak Seong-cheol at his invitation.')).toEqual(['Pak Seong-cheol']);
    expect(persons('Later Pak Seong-cheol reported that Kim Il Sung will expect')).toEqual(['Pak Seong-cheol', 'Kim Il Sung']);
    expect(persons('the captured participants of the intervention; Miro Cardona said')).toEqual(['Miro Cardona']);
  });

  it('splits names where a bracket opens between them', () => {
    expect(persons('with the [Eleanor] Roosevelt [Tractors for Freedom] committee')).toEqual(['Eleanor Roosevelt']);
  });
});

describe('what is never a person', () => {
  it('leaves adjectives, generic phrases, section words and places alone', () => {
    expect(persons('Top Secret\nRECORD OF CONVERSATION\nthe Soviet government and the Cuban leadership')).toEqual([]);
    expect(persons('Latin American countries such as Brazil, Mexico, and Ecuador')).toEqual([]);
    expect(persons('From Pyongyang')).toEqual([]);
    expect(persons('Political Consultative Conference in BEIPING')).toEqual([]);
  });
});

describe('speaker labels', () => {
  it('reads the name in a label as a reference to a person met elsewhere', () => {
    const [m] = speakerLabels(segmentOf(inline('North (KIM): Is President Park doing well?'), 'p'), 0);
    expect(m).toMatchObject({ name: 'KIM', aliasOnly: true });
  });
});

describe('a leader named by a government or a policy', () => {
  it('reads the surname before `government`, `administration`, `plans` after `the`', () => {
    expect(persons('in realization of the Kennedy plans of isolation')).toEqual(['Kennedy']);
    expect(persons('The Eisenhower administration will use the crisis')).toEqual(['Eisenhower']);
  });

  it('leaves adjectives of nations, places, towns and English words alone', () => {
    expect(persons('the Soviet government and the Cuban regime')).toEqual([]);
    expect(persons('the Pyongyang government, the Vichy government and the Bonn cabinet')).toEqual([]);
    expect(persons('the Park government, the Labour government, the Nazi regime, the Gaullist cabinet')).toEqual([]);
    expect(persons('a Kennedy plan and Kennedy plans')).toEqual([]);
  });
});

