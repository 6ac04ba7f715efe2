/**
 * Bodies that Cold-War documents name without a head noun (`United Nations`, `Pravda`, `TASS`):
 * international organisations, ruling parties known by their abbreviations, news agencies and
 * party newspapers. Our own table; no authority ids.
 */
import { NameTrie } from './trie.js';
import { slug } from './gazetteer.js';

export interface Body {
  name: string;
  variants: string[];
}

export const BODIES: Body[] = [
  { name: 'United Nations', variants: ['UN', 'U.N.', 'UNO', 'United Nations Organization'] },
  { name: 'NATO', variants: ['North Atlantic Treaty Organization', 'North Atlantic Alliance'] },
  { name: 'Warsaw Pact', variants: ['Warsaw Treaty Organization', 'Warsaw Treaty'] },
  { name: 'Council for Mutual Economic Assistance', variants: ['CMEA', 'Comecon', 'COMECON'] },
  { name: 'SEATO', variants: ['Southeast Asia Treaty Organization'] },
  { name: 'CENTO', variants: ['Central Treaty Organization', 'Baghdad Pact'] },
  { name: 'Organization of American States', variants: ['OAS'] },
  { name: 'Arab League', variants: ['League of Arab States'] },
  { name: 'European Economic Community', variants: ['EEC', 'Common Market'] },
  { name: 'Red Cross', variants: ['International Red Cross', 'International Committee of the Red Cross', 'ICRC'] },
  { name: 'Communist Party of the Soviet Union', variants: ['CPSU', 'KPSS'] },
  { name: 'All-Union Communist Party (Bolsheviks)', variants: ['VKP(b)'] },
  { name: 'Chinese Communist Party', variants: ['CCP', 'CPC', 'Communist Party of China'] },
  { name: 'Socialist Unity Party of Germany', variants: ['SED'] },
  { name: 'Polish United Workers’ Party', variants: ['PUWP', 'PZPR'] },
  { name: "Workers' Party of Korea", variants: ['WPK', 'Korean Workers’ Party', "Korean Workers' Party", 'KWP'] },
  { name: 'Comintern', variants: ['Communist International'] },
  { name: 'Cominform', variants: ['Information Bureau of the Communist and Workers’ Parties'] },
  { name: 'KGB', variants: [] },
  { name: 'NKVD', variants: [] },
  { name: 'MGB', variants: [] },
  { name: 'GRU', variants: [] },
  { name: 'CIA', variants: ['Central Intelligence Agency'] },
  { name: 'FBI', variants: ['Federal Bureau of Investigation'] },
  { name: 'Stasi', variants: ['Ministry for State Security'] },
  { name: 'TASS', variants: [] },
  { name: 'Xinhua', variants: ['New China News Agency', 'NCNA'] },
  { name: 'Korean Central News Agency', variants: ['KCNA'] },
  { name: 'Prensa Latina', variants: [] },
  { name: 'Pravda', variants: [] },
  { name: 'Izvestia', variants: ['Izvestiya'] },
  { name: 'Renmin Ribao', variants: ["People's Daily", 'Jenmin Jihpao'] },
  { name: 'Rodong Sinmun', variants: ['Nodong Sinmun'] },
  { name: 'Neues Deutschland', variants: [] },
  { name: 'Trybuna Ludu', variants: [] },
  { name: 'Rudé právo', variants: ['Rude Pravo'] },
  { name: 'Népszabadság', variants: ['Nepszabadsag'] },
  { name: 'Borba', variants: [] },
  { name: 'Granma', variants: [] },
  { name: 'Krasnaya Zvezda', variants: ['Red Star'] },
  { name: 'Nhan Dan', variants: ['Nhân Dân'] },
];

export interface BodyName {
  id: string;
  name: string;
}

let trie: NameTrie<BodyName> | undefined;

export function bodies(): NameTrie<BodyName> {
  if (!trie) {
    trie = new NameTrie();
    for (const b of BODIES) for (const form of [b.name, ...b.variants]) trie.add(form, { id: `org-${slug(b.name)}`, name: b.name });
  }
  return trie;
}
