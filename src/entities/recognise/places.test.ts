import { describe, expect, it } from 'vitest';
import { gazetteerPlaces, placeRules } from './places.js';
import { gazetteer } from '../gazetteer.js';
import { selectMentions } from '../resolve.js';
import { segmentOf } from '../text.js';
import { inline } from '../fixtures/model.js';

function places(text: string): string[] {
  const segment = segmentOf(inline(text), 'p');
  const mentions = [...gazetteerPlaces(segment, 0, gazetteer()), ...placeRules(segment, 0, gazetteer())];
  return selectMentions(mentions, segment.flat).map((m) => `${m.name}${m.entity ? `=${m.entity.id}` : ''}`);
}

describe('gazetteer places', () => {
  it('finds countries, official names and cities with their package ids', () => {
    expect(places('the Republic of Cuba and Brazil, Mexico, and Ecuador')).toEqual(['Republic of Cuba=pla-cuba', 'Brazil=pla-brazil', 'Mexico=pla-mexico', 'Ecuador=pla-ecuador']);
    const [irkutsk] = gazetteerPlaces(segmentOf(inline('in the region of IRKUTSK'), 'p'), 0, gazetteer());
    expect(irkutsk.entity).toMatchObject({ id: 'pla-irkutsk', idnos: [{ type: 'geonames', value: '2023469' }] });
    expect(irkutsk.entity!.geo).toMatch(/^52\.\d+ 104\.\d+$/);
  });

  it('maps historical names to the place', () => {
    expect(places('the Soviet Union, the USSR and Peking')).toEqual(['Soviet Union=pla-soviet-union', 'USSR=pla-soviet-union', 'Peking=pla-beijing']);
    expect(places('Ceylon, Persia, Siam, Leningrad, Peiping and the DPRK')).toEqual([
      'Ceylon=pla-sri-lanka', 'Persia=pla-iran', 'Siam=pla-thailand', 'Leningrad=pla-saint-petersburg', 'Peiping=pla-beijing', 'DPRK=pla-north-korea',
    ]);
  });

  it('reads a full official name with a possessive whole', () => {
    expect(places("in the Democratic People's Republic of Korea")).toEqual(["Democratic People's Republic of Korea=pla-north-korea"]);
  });

  it('never takes an English word that is also a town', () => {
    expect(places('Of course the Union of writers met in Mobile units and Reading rooms')).toEqual([]);
  });

  it('reads codes only as written, and not in compound adjectives', () => {
    expect(places('the US would drag this out; tell us; the U.S.-Cuban relations')).toEqual(['US=pla-united-states']);
    expect(places('the Soviet-Cuban agreement')).toEqual([]);
  });

  it('takes a small town only after a preposition of place', () => {
    expect(places('the nickel plant in Moa')).toEqual(['Moa=pla-moa']);
  });
});

describe('places from the text', () => {
  it('reads cues, heads and compass regions', () => {
    expect(places('his tour of the province Oriente and the province of Hunan')).toEqual(['Oriente', 'Hunan']);
    expect(places('on the Yalu River not far from the Supung Hydroelectric Station')).toEqual(['Yalu River', 'Supung Hydroelectric Station']);
    expect(places('the harvest in the South?')).toEqual(['South']);
    expect(places('the Taiwan Strait')).toEqual(['Taiwan Strait']);
  });

  it('reads compass compounds, `Bay of …` and datelines', () => {
    expect(places('the wall in West Berlin; the war in South Vietnam')).toEqual(['West Berlin', 'South Vietnam']);
    expect(places('after the invasion at the Bay of Pigs')).toEqual(['Bay of Pigs']);
    expect(places('Warszawa, 20 October 1956')).toEqual(['Warszawa']);
    expect(places('Zhongnanhai, Beijing, 8 April 1965')).toEqual(['Zhongnanhai', 'Beijing=pla-beijing']);
    expect(places('Kudryavtsev said, in the end, nothing')).toEqual([]);
  });

  it('reads an unknown name after a preposition of place', () => {
    expect(places('the radio station in Ghulja should be organized')).toEqual(['Ghulja']);
  });
});
