/**
 * Places the gazetteer packages do not know under the names Cold-War documents use: historical
 * states and names (linked to today's entry when it is the same place), and regions. Our own
 * table; it carries no authority ids (a linked modern entry brings its own from the package).
 */
export interface HistoricalPlace {
  name: string;
  variants: string[];
  subtype: 'country' | 'city' | 'region';
  /** The same place in the packages' data, by its modern name (`country:IRN`, `city:Beijing`). */
  modern?: string;
}

export const HISTORICAL_PLACES: HistoricalPlace[] = [
  { name: 'Soviet Union', variants: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], subtype: 'country' },
  { name: 'Beijing', variants: ['Peking', 'Peiping', 'Beiping', 'Pekin'], subtype: 'city', modern: 'city:Beijing' },
  { name: 'Sri Lanka', variants: ['Ceylon'], subtype: 'country', modern: 'country:LKA' },
  { name: 'Iran', variants: ['Persia'], subtype: 'country', modern: 'country:IRN' },
  { name: 'Thailand', variants: ['Siam'], subtype: 'country', modern: 'country:THA' },
  { name: 'Myanmar', variants: ['Burma'], subtype: 'country', modern: 'country:MMR' },
  { name: 'Cambodia', variants: ['Kampuchea'], subtype: 'country', modern: 'country:KHM' },
  { name: 'Taiwan', variants: ['Formosa'], subtype: 'country', modern: 'country:TWN' },
  { name: 'China', variants: ['PRC', "People's Republic of China", 'Communist China', 'Mainland China'], subtype: 'country', modern: 'country:CHN' },
  { name: 'North Korea', variants: ['DPRK', 'D.P.R.K.'], subtype: 'country', modern: 'country:PRK' },
  { name: 'South Korea', variants: ['ROK', 'R.O.K.'], subtype: 'country', modern: 'country:KOR' },
  { name: 'United States', variants: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America'], subtype: 'country', modern: 'country:USA' },
  { name: 'United Kingdom', variants: ['UK', 'U.K.', 'Great Britain', 'Britain'], subtype: 'country', modern: 'country:GBR' },
  { name: 'Saint Petersburg', variants: ['Leningrad', 'Petrograd', 'St. Petersburg'], subtype: 'city', modern: 'city:Saint Petersburg' },
  { name: 'Volgograd', variants: ['Stalingrad'], subtype: 'city', modern: 'city:Volgograd' },
  { name: 'Guangzhou', variants: ['Canton'], subtype: 'city', modern: 'city:Guangzhou' },
  { name: 'Shenyang', variants: ['Mukden'], subtype: 'city', modern: 'city:Shenyang' },
  { name: 'Ho Chi Minh City', variants: ['Saigon'], subtype: 'city', modern: 'city:Ho Chi Minh City' },
  { name: 'German Democratic Republic', variants: ['GDR', 'East Germany'], subtype: 'country' },
  { name: 'Germany', variants: ['FRG', 'West Germany'], subtype: 'country', modern: 'country:DEU' },
  { name: 'Czechoslovakia', variants: ['ČSSR', 'CSSR', 'Czechoslovak Socialist Republic'], subtype: 'country' },
  { name: 'Yugoslavia', variants: ['SFRY', 'FPRY'], subtype: 'country' },
  { name: 'Washington, D.C.', variants: ['Washington', 'Washington D.C.'], subtype: 'city', modern: 'city:Washington, D.C.' },
  { name: 'New York City', variants: ['New York'], subtype: 'city', modern: 'city:New York City' },
  { name: 'Yangon', variants: ['Rangoon'], subtype: 'city', modern: 'city:Yangon' },
  { name: 'Mumbai', variants: ['Bombay'], subtype: 'city', modern: 'city:Mumbai' },
  { name: 'Kolkata', variants: ['Calcutta'], subtype: 'city', modern: 'city:Kolkata' },
  { name: 'Chennai', variants: ['Madras'], subtype: 'city', modern: 'city:Chennai' },
  { name: 'Kaliningrad', variants: ['Königsberg', 'Koenigsberg'], subtype: 'city', modern: 'city:Kaliningrad' },
  { name: 'Yekaterinburg', variants: ['Sverdlovsk'], subtype: 'city', modern: 'city:Yekaterinburg' },
  { name: 'Dalian', variants: ['Dairen', 'Dalny'], subtype: 'city', modern: 'city:Dalian' },
  { name: 'Nanjing', variants: ['Nanking'], subtype: 'city', modern: 'city:Nanjing' },
  { name: 'Chongqing', variants: ['Chungking'], subtype: 'city', modern: 'city:Chongqing' },
  { name: 'Tianjin', variants: ['Tientsin'], subtype: 'city', modern: 'city:Tianjin' },
  { name: 'Qingdao', variants: ['Tsingtao'], subtype: 'city', modern: 'city:Qingdao' },
  { name: 'Changchun', variants: ['Hsinking'], subtype: 'city', modern: 'city:Changchun' },
  { name: 'Ürümqi', variants: ['Urumqi', 'Urumchi', 'Tihwa'], subtype: 'city', modern: 'city:Ürümqi' },
  { name: 'Jakarta', variants: ['Batavia', 'Djakarta'], subtype: 'city', modern: 'city:Jakarta' },
  { name: 'Kinshasa', variants: ['Léopoldville', 'Leopoldville'], subtype: 'city', modern: 'city:Kinshasa' },
  { name: 'Tbilisi', variants: ['Tiflis'], subtype: 'city', modern: 'city:Tbilisi' },
  { name: 'Almaty', variants: ['Alma-Ata', 'Alma Ata'], subtype: 'city', modern: 'city:Almaty' },
  { name: 'Korea', variants: [], subtype: 'region' },
  { name: 'Manchuria', variants: [], subtype: 'region' },
  { name: 'Indochina', variants: ['Indo-China'], subtype: 'region' },
  { name: 'Siberia', variants: [], subtype: 'region' },
  { name: 'Tibet', variants: [], subtype: 'region' },
  { name: 'Xinjiang', variants: ['Sinkiang'], subtype: 'region' },
  { name: 'Latin America', variants: [], subtype: 'region' },
  { name: 'South America', variants: [], subtype: 'region' },
  { name: 'North America', variants: [], subtype: 'region' },
  { name: 'Central America', variants: [], subtype: 'region' },
  { name: 'Europe', variants: [], subtype: 'region' },
  { name: 'Western Europe', variants: [], subtype: 'region' },
  { name: 'Eastern Europe', variants: [], subtype: 'region' },
  { name: 'Asia', variants: [], subtype: 'region' },
  { name: 'Southeast Asia', variants: ['South-East Asia', 'South East Asia'], subtype: 'region' },
  { name: 'East Asia', variants: [], subtype: 'region' },
  { name: 'Central Asia', variants: [], subtype: 'region' },
  { name: 'Middle East', variants: [], subtype: 'region' },
  { name: 'Near East', variants: [], subtype: 'region' },
  { name: 'Far East', variants: [], subtype: 'region' },
  { name: 'Africa', variants: [], subtype: 'region' },
  { name: 'Caribbean', variants: [], subtype: 'region' },
  { name: 'Balkans', variants: [], subtype: 'region' },
  { name: 'Scandinavia', variants: [], subtype: 'region' },
];

/** Adjectives of places that world-countries' demonyms do not give. */
export const EXTRA_DEMONYMS = ['Soviet', 'Latin', 'Latin American', 'Korean', 'Communist', 'Western', 'Eastern', 'Socialist', 'Democratic', 'European', 'Asian', 'African', 'Arab', 'Anglo', 'Sino', 'Czechoslovak', 'Yugoslav', 'Persian', 'Slavic', 'Baltic', 'Kurdish', 'Uyghur', 'Uighur', 'Manchurian', 'Tibetan', 'Siberian', 'Caucasian', 'Nordic', 'Allied', 'Imperial'];
