import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadRegisters, parseRegister } from './registers.js';
import { nameKey } from './text.js';

const DIR = fileURLToPath(new URL('../../tei/registers/', import.meta.url));

describe('register files', () => {
  it('reads entries with standard name, variants, roles, ids and coordinates', () => {
    const [entry] = parseRegister(
      `<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPlace>
        <place xml:id="pla-x" type="city"><placeName>Xville</placeName><placeName type="variant">X-Town</placeName>
        <location><geo>1.5 2.5</geo></location><idno type="geonames">42</idno><note>checked</note></place>
      </listPlace></standOff></TEI>`,
      'x.xml',
    );
    expect(entry).toMatchObject({ id: 'pla-x', kind: 'place', name: 'Xville', variants: ['X-Town'], geo: '1.5 2.5', idnos: [{ type: 'geonames', value: '42' }], subtype: 'city', note: 'checked', registered: true });
  });

  it('names the file and line of malformed XML', () => {
    expect(() => parseRegister('<TEI><standOff>\n<listPerson><person xml:id="a"></listPerson>', 'bad.xml')).toThrow(/bad\.xml:\d+/);
  });

  it('refuses an entry without an id', () => {
    expect(() => parseRegister('<TEI xmlns="http://www.tei-c.org/ns/1.0"><person><persName>A</persName></person></TEI>', 'p.xml')).toThrow(/xml:id/);
  });
});

describe("the edition's registers", () => {
  const registers = loadRegisters(DIR);

  it('hold persons, places and organisations with unique ids of their kind', () => {
    const kinds = new Set([...registers.entries.values()].map((e) => e.kind));
    expect(kinds).toEqual(new Set(['person', 'place', 'org']));
    for (const e of registers.entries.values()) expect(e.id.slice(0, 4)).toBe({ person: 'per-', place: 'pla-', org: 'org-' }[e.kind]);
  });

  it('map the historical names of the period to their place', () => {
    const place = (name: string) => registers.names().matchAt(
      name.split(' ').map((w, i) => ({ start: i, end: i, text: w, norm: nameKey(w), shape: 'cap', line: 0, upperLine: false, sentenceStart: false, possessive: false }) as const),
      0,
    )?.value[0].id;
    expect(place('USSR')).toBe('pla-soviet-union');
    expect(place('Soviet Union')).toBe('pla-soviet-union');
    expect(place('DPRK')).toBe('pla-north-korea');
    for (const n of ['Peking', 'Beiping', 'Peiping']) expect(place(n)).toBe('pla-beijing');
    expect(place('Ceylon')).toBe('pla-sri-lanka');
    expect(place('Leningrad')).toBe('pla-saint-petersburg');
    expect(place('Persia')).toBe('pla-iran');
    expect(place('Siam')).toBe('pla-thailand');
  });

  it('carry only authority ids whose source the register names', () => {
    for (const e of registers.entries.values()) {
      for (const idno of e.idnos ?? []) expect(['geonames', 'iso3166-1-alpha-3']).toContain(idno.type);
    }
  });
});
