// A small bundled table of places: cities with their country, countries with their names in several
// languages, the regions remote roles are open to, and which cities are a daily commute apart. Pure data
// and lookups, shared by the posting parser, the analyzers and the CV deriver.

import { escapeRegExp } from '../core/text.js';
/** Country codes with the names postings and CVs use (English, local, Spanish, German, Dutch, French). */
export const COUNTRIES: Record<string, string[]> = {
  NL: ['Netherlands', 'The Netherlands', 'Nederland', 'Holland', 'Países Bajos', 'Niederlande', 'Pays-Bas'],
  DE: ['Germany', 'Deutschland', 'Alemania', 'Duitsland', 'Allemagne'],
  ES: ['Spain', 'España', 'Spanien', 'Spanje', 'Espagne'],
  FR: ['France', 'Francia', 'Frankreich', 'Frankrijk'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'England', 'Scotland', 'Reino Unido', 'Vereinigtes Königreich'],
  IE: ['Ireland', 'Irlanda', 'Irland'], BE: ['Belgium', 'België', 'Belgique', 'Bélgica', 'Belgien'], PT: ['Portugal'],
  IT: ['Italy', 'Italia', 'Italien'], CH: ['Switzerland', 'Schweiz', 'Suisse', 'Suiza'], AT: ['Austria', 'Österreich'],
  DK: ['Denmark', 'Danmark'], SE: ['Sweden', 'Sverige'], NO: ['Norway', 'Norge'], FI: ['Finland', 'Suomi'],
  PL: ['Poland', 'Polska'], CZ: ['Czechia', 'Czech Republic'], HU: ['Hungary'], RO: ['Romania'], GR: ['Greece'], EE: ['Estonia'],
  US: ['United States', 'USA', 'U.S.', 'US', 'United States of America', 'Estados Unidos'], CA: ['Canada'], MX: ['Mexico', 'México'],
  BR: ['Brazil', 'Brasil'], AR: ['Argentina'], AU: ['Australia'], SG: ['Singapore'], IN: ['India'], IL: ['Israel'], ZA: ['South Africa'],
};

/** EU/EEA members (and Switzerland, which EU citizens may work in) among the table's countries. */
export const EU = new Set(['NL', 'DE', 'ES', 'FR', 'IE', 'BE', 'PT', 'IT', 'AT', 'DK', 'SE', 'FI', 'PL', 'CZ', 'HU', 'RO', 'GR', 'EE', 'NO', 'CH']);
export const EUROPE = new Set([...EU, 'GB']);

const AMERICAS = new Set(['US', 'CA', 'MX', 'BR', 'AR']);
const APAC = new Set(['AU', 'SG', 'IN']);
export type Region = 'Europe' | 'Americas' | 'Asia-Pacific' | 'Middle East and Africa';

/** The world region a country is in, as remote postings name them (EMEA counts as Europe for a European). */
export function regionOf(country: string): Region {
  return EUROPE.has(country) ? 'Europe' : AMERICAS.has(country) ? 'Americas' : APAC.has(country) ? 'Asia-Pacific' : 'Middle East and Africa';
}

/** Cities (and their local spellings) with their country. */
export const CITIES: Record<string, string> = {
  amsterdam: 'NL', rotterdam: 'NL', utrecht: 'NL', 'the hague': 'NL', 'den haag': 'NL', eindhoven: 'NL', groningen: 'NL', leiden: 'NL', haarlem: 'NL',
  amersfoort: 'NL', delft: 'NL', berlin: 'DE', munich: 'DE', münchen: 'DE', hamburg: 'DE', frankfurt: 'DE', cologne: 'DE', köln: 'DE',
  stuttgart: 'DE', düsseldorf: 'DE', potsdam: 'DE', madrid: 'ES', barcelona: 'ES', valencia: 'ES', seville: 'ES', sevilla: 'ES', malaga: 'ES',
  málaga: 'ES', bilbao: 'ES', alcobendas: 'ES', 'las rozas': 'ES', getafe: 'ES', lisbon: 'PT', lisboa: 'PT', porto: 'PT', paris: 'FR',
  lyon: 'FR', toulouse: 'FR', london: 'GB', manchester: 'GB', edinburgh: 'GB', cambridge: 'GB', dublin: 'IE', brussels: 'BE', antwerp: 'BE',
  zurich: 'CH', zürich: 'CH', geneva: 'CH', vienna: 'AT', wien: 'AT', copenhagen: 'DK', stockholm: 'SE', oslo: 'NO', helsinki: 'FI',
  warsaw: 'PL', krakow: 'PL', prague: 'CZ', budapest: 'HU', milan: 'IT', rome: 'IT', athens: 'GR', bucharest: 'RO', tallinn: 'EE',
  'new york': 'US', 'san francisco': 'US', seattle: 'US', austin: 'US', boston: 'US', chicago: 'US', toronto: 'CA', vancouver: 'CA',
  montreal: 'CA', sydney: 'AU', melbourne: 'AU', singapore: 'SG', bangalore: 'IN', bengaluru: 'IN', 'tel aviv': 'IL', 'mexico city': 'MX',
  'são paulo': 'BR', 'buenos aires': 'AR', 'cape town': 'ZA',
};

/** Cities a daily commute apart (under about an hour by train): one office day a week or more is fine from any of them. */
const COMMUTE_GROUPS: string[][] = [
  ['amsterdam', 'utrecht', 'rotterdam', 'the hague', 'den haag', 'leiden', 'haarlem', 'amersfoort', 'delft'],
  ['berlin', 'potsdam'], ['madrid', 'alcobendas', 'las rozas', 'getafe'], ['barcelona'], ['munich', 'münchen'], ['hamburg'],
  ['frankfurt'], ['cologne', 'köln', 'düsseldorf'], ['paris'], ['london', 'cambridge'], ['lisbon', 'lisboa'], ['zurich', 'zürich'],
];

const norm = (s: string) => s.toLowerCase().trim();

/** Whether one can live in `home` and go to an office in `office` on office days. */
export function withinCommute(home: string, office: string): boolean {
  const [a, b] = [norm(home), norm(office)];
  return a === b || COMMUTE_GROUPS.some((g) => g.includes(a) && g.includes(b));
}

const wordRe = (word: string, flags = 'iu') => new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, flags);

/** The cities a text names, in order of appearance. */
export function citiesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return Object.keys(CITIES)
    .map((c) => ({ c, at: lower.search(wordRe(c)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.c);
}

/** The country codes a text names (by country name; two-letter names like "US" and "UK" only in capitals). */
export function countriesIn(text: string): string[] {
  const found: string[] = [];
  for (const [code, names] of Object.entries(COUNTRIES)) {
    if (names.some((n) => (n.length <= 4 ? wordRe(n, 'u').test(text) : wordRe(n).test(text)))) found.push(code);
  }
  return found;
}

/** A country code from a profile's country field (a name or a code), or null. */
export function countryCode(nameOrCode: string | undefined): string | null {
  if (!nameOrCode) return null;
  const upper = nameOrCode.trim().toUpperCase();
  if (COUNTRIES[upper]) return upper;
  return Object.entries(COUNTRIES).find(([, names]) => names.some((n) => norm(n) === norm(nameOrCode)))?.[0] ?? null;
}
