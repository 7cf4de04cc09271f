// Places from a real gazetteer: GeoNames' cities of 15,000 people and more (gazetteer/cities.ts, generated) and
// country names in many languages (i18n-iso-countries), loaded once, on the first posting to analyse (loadPlaces).
// Reads cities, countries, regions and time-zone windows out of location text; distances between places.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DIVISIONS, PROSE_REGION_WORDS, REGION_WORDS, REGIONS, WORLDWIDE_WORDS, ZONE_ABBREVIATIONS, type RegionId } from './gazetteer/regions.js';

export type { RegionId } from './gazetteer/regions.js';
export { REGION_NAMES } from './gazetteer/regions.js';

export interface Place {
  name: string;
  country: string;
  division: string;
  lat: number;
  lon: number;
  population: number;
  zone: string;
}

/** A window of UTC offsets (hours) a remote role's working hours must fall in. */
export interface ZoneWindow { from: number; to: number }

/** Names compared without case, accents, dots or hyphens: "São Paulo" = "Sao Paulo", "Winston-Salem" = "winston salem". */
export const fold = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s.toLowerCase().replace(/[`]/g, '\'').replace(/\./g, '').replace(/[-\s]+/g, ' ').trim() : foldUnicode(s));
const foldUnicode = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, '\'').replace(/\./g, '').replace(/[-\s]+/g, ' ').trim();

/** The languages whose country names postings and CVs use (i18n-iso-countries locale files). */
const COUNTRY_LOCALES = ['en', 'es', 'pt', 'fr', 'de', 'nl', 'it'];
/**
 * Names boards and CVs write for a city that the GeoNames extract lacks: an official renaming (Gurgaon has been
 * Gurugram since 2016), the short names and metropolitan names of big cities ("NYC", "HCMC", "CABA", "KL", "GTA",
 * "Bay Area", "Metro Manila", where "Metro" alone is a town in Indonesia).
 */
const RENAMED: Record<string, [string, string]> = {
  Gurugram: ['Gurgaon', 'IN'], NYC: ['New York City', 'US'], HCMC: ['Ho Chi Minh City', 'VN'], CABA: ['Buenos Aires', 'AR'], KL: ['Kuala Lumpur', 'MY'],
  GTA: ['Toronto', 'CA'], 'Bay Area': ['San Francisco', 'US'], 'Metro Manila': ['Manila', 'PH'], 'Metro Vancouver': ['Vancouver', 'CA'],
};

/** Names i18n-iso-countries lacks that postings write. */
const MORE_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['USA', 'U.S.', 'U.S.A.', 'America', 'EEUU', 'EE.UU.', 'EUA'], GB: ['UK', 'U.K.', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  NL: ['Holland'], AE: ['UAE', 'Dubai'], KR: ['Korea'], CZ: ['Czechia'], CI: ['Ivory Coast'], CD: ['DRC'], DE: ['Deutschland'],
};

/**
 * Countries that are one city: named in any language ("Singapour", "Singapur", "Mónaco"), the country names the city
 * too, as its English name does.
 */
const CITY_STATES = new Set(['SG', 'MC', 'HK', 'MO', 'VA', 'GI']);

interface Index {
  places: Place[];
  /** Folded name → places (index × 2, plus 1 for a primary name), primary names first, then the most populous. */
  byName: Map<string, number[]>;
  countryByName: Map<string, string>;
  countryNames: Map<string, string>;
  /** Country → the span of UTC offsets of its cities (standard and summer time). */
  countryZones: Map<string, ZoneWindow>;
  regionByWord: Map<string, RegionId | 'worldwide'>;
}

let index: Index | null = null;
let loading: Promise<void> | null = null;

/** Loads the gazetteer once (about 25,000 places); later calls return at once. */
export function loadPlaces(): Promise<void> {
  return (loading ??= import('./gazetteer/cities.js').then(({ CITIES_TSV, ZONES, COUNTRY_ZONES }) => {
    index = buildIndex(CITIES_TSV, ZONES, COUNTRY_ZONES);
  }));
}

/** Whether the gazetteer is loaded (the rules need it: call loadPlaces first). */
export const placesLoaded = () => index !== null;

function loaded(): Index {
  if (!index) throw new Error('the gazetteer is not loaded: await loadPlaces() before reading places');
  return index;
}

const offsetCache = new Map<string, number[]>();
/** The UTC offsets (hours) of an IANA zone in January and July (standard and summer time). */
export function zoneOffsets(zone: string): number[] {
  let cached = offsetCache.get(zone);
  if (!cached) {
    cached = [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)].map((t) => {
      try {
        const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
        const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
        return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : 0;
      } catch {
        return NaN;
      }
    }).filter((n) => !Number.isNaN(n));
    offsetCache.set(zone, cached);
  }
  return cached;
}

function buildIndex(tsv: string, zones: readonly string[], countryZoneTable: Record<string, [number, number]>): Index {
  const places: Place[] = [];
  // Numbers, not objects: some 75,000 names stay in memory as long as the process analyses.
  const byName = new Map<string, number[]>();
  const addName = (name: string, place: number, primary: boolean) => {
    const key = fold(name);
    const list = byName.get(key);
    if (!list) byName.set(key, [place * 2 + Number(primary)]);
    else if (!list.some((e) => e >> 1 === place)) list.push(place * 2 + Number(primary));
  };
  for (const line of tsv.split('\n')) {
    const [name, ascii, others, country, division, lat, lon, population, zone] = line.split('\t') as string[];
    const i = places.push({ name: name!, country: country!, division: division!, lat: Number(lat), lon: Number(lon), population: Number(population), zone: zones[Number(zone)] ?? 'UTC' }) - 1;
    addName(name!, i, true);
    if (ascii) addName(ascii, i, true);
    if (others) for (const other of others.split(';')) addName(other, i, false);
  }
  // The names of RENAMED, found through the index just built (not a scan of every place).
  for (const [newName, [oldName, country]] of Object.entries(RENAMED)) {
    const entry = byName.get(fold(oldName))?.find((e) => places[e >> 1]!.country === country);
    if (entry !== undefined) addName(newName, entry >> 1, false);
  }
  // Primary names first, then the most populous: "Santiago" is Chile's capital unless a country says otherwise.
  for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => (b & 1) - (a & 1) || places[b >> 1]!.population - places[a >> 1]!.population);

  const require = createRequire(import.meta.url);
  const countryByName = new Map<string, string>();
  const countryNames = new Map<string, string>();
  for (const locale of COUNTRY_LOCALES) {
    const { countries } = JSON.parse(readFileSync(require.resolve(`i18n-iso-countries/langs/${locale}.json`), 'utf8')) as { countries: Record<string, string | string[]> };
    for (const [code, names] of Object.entries(countries)) {
      const list = Array.isArray(names) ? names : [names];
      if (locale === 'en') countryNames.set(code, list.find((n) => n.length > 4 && !n.includes(',')) ?? list[0]!);
      for (const n of list) if (!countryByName.has(fold(n))) countryByName.set(fold(n), code);
    }
  }
  for (const [code, names] of Object.entries(MORE_COUNTRY_NAMES)) for (const n of names) countryByName.set(fold(n), code);
  countryNames.set('US', 'United States');
  countryNames.set('GB', 'United Kingdom');

  // A country's working hours are its cities', not its remote islands' (computed by the generator).
  const countryZones = new Map(Object.entries(countryZoneTable).map(([c, [from, to]]) => [c, { from, to }]));
  const regionByWord = new Map<string, RegionId | 'worldwide'>();
  // Also as read, with an elided article dropped ("Afrique de l'Ouest" is read as "Afrique de Ouest", not Africa).
  for (const [region, words] of REGION_WORDS) for (const w of words) for (const k of [w, withoutElision(w)]) regionByWord.set(fold(k), region);
  for (const w of WORLDWIDE_WORDS) for (const k of [w, withoutElision(w)]) regionByWord.set(fold(k), 'worldwide');
  return { places, byName, countryByName, countryNames, countryZones, regionByWord };
}

/** Great-circle distance in km. */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const DEFAULT_MAX_COMMUTE_KM = 50;

/** Whether one living in `home` can reach an office in `office` on office days. */
export const withinCommute = (home: Place, office: Place, maxKm = DEFAULT_MAX_COMMUTE_KM) => distanceKm(home, office) <= maxKm;

/** A country's English name from its code. */
export const countryName = (code: string) => index?.countryNames.get(code) ?? code;

/** A country code from a name in one of the indexed languages or an ISO code ("Brasil", "Deutschland", "MX"), or null. */
export function countryCode(nameOrCode: string | undefined | null): string | null {
  if (!nameOrCode?.trim()) return null;
  const ix = loaded();
  const raw = nameOrCode.trim();
  if (/^[A-Za-z]{2}$/.test(raw) && ix.countryNames.has(raw.toUpperCase())) return raw.toUpperCase();
  return ix.countryByName.get(fold(raw)) ?? null;
}

/** The place a name means, in `country` when given, else the primary name's most populous; null when unknown. */
export function placeNamed(name: string, country?: string | null, division?: string | null): Place | null {
  const ix = loaded();
  const found = (ix.byName.get(fold(name)) ?? []).map((e) => ix.places[e >> 1]!);
  const inCountry = country ? found.filter((p) => p.country === country) : found;
  const inDivision = division ? inCountry.filter((p) => p.division === division) : inCountry;
  return inDivision[0] ?? inCountry[0] ?? (country ? null : found[0] ?? null);
}

/** Whether a country is in a region. */
export const inRegion = (country: string, region: RegionId) => (REGIONS[region] as readonly string[]).includes(country);

/** A country's working hours as a window of UTC offsets (its cities of 100,000 people and more). */
export const countryZone = (country: string): ZoneWindow | null => loaded().countryZones.get(country) ?? null;

export interface PlacesRead {
  /** Cities named, most specific reading first, each with the country it was read in. */
  cities: Place[];
  countries: string[];
  regions: RegionId[];
  worldwide: boolean;
  zones: ZoneWindow[];
}

/** Without elided articles: "l'Allemagne" → "Allemagne", "Afrique de l'Ouest" → "Afrique de Ouest". */
const withoutElision = (text: string) => text.replace(/(?<!\p{L})[lLdD]['’](?=\p{L})/gu, '');

/** Separators between the items of a location: "Austin, TX / Remote (US)", "Lisboa ou Porto", "Berlin und München". */
const ITEM_SEPARATORS = /[,;/|()[\]·•–—:\n&]|(?<=\s)-(?=\s)|(?<=\s)(?:or|and|y|o|ou|e|et|und|oder|of|en)(?=\s)/iu;
const MAX_NAME_WORDS = 6;

/**
 * The places a text names. `capitalised`: only names written with a capital (a description's prose, where
 * "mobile" and "reading" are words); a location field is read as it is. Codes (US, UK, TX) count only as
 * written, in capitals, and a division code counts only right after its city.
 */
export function readPlaces(text: string, options: { capitalised?: boolean } = {}): PlacesRead {
  const ix = loaded();
  const out: PlacesRead = { cities: [], countries: [], regions: [], worldwide: false, zones: [] };
  for (const clause of text.split(/[;()[\]\n]/)) {
    // "US/Canada time zones", "horario de México": the countries give a window of working hours, not a list of places.
    const zoneClause = TIME_ZONE_WORDS.test(clause);
    // "l'Allemagne", "d'Italia": an elided article is not part of the name.
    const items = withoutElision(clause).split(ITEM_SEPARATORS).map((s) => s.trim()).filter(Boolean);
    for (const item of items) readItem(item.split(/\s+/), ix, out, { capitalised: options.capitalised ?? false, zoneClause });
  }
  out.zones.push(...zoneWindowsIn(text));
  return out;
}

const TIME_ZONE_WORDS = /\b(time ?zones?|(?:working|business|office) hours|overlap|horario|fuso hor[aá]rio|fuseau horaire|zeitzonen?|arbeitszeiten)\b/iu;

const PROSE_WORDS = new Set(PROSE_REGION_WORDS.map((w) => fold(w)));

function readItem(words: string[], ix: Index, out: PlacesRead, options: { capitalised: boolean; zoneClause: boolean }): void {
  for (let start = 0; start < words.length;) {
    let consumed = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - start); n >= 1 && !consumed; n--) {
      const span = trimToName(words.slice(start, start + n).join(' '));
      if (!span) continue;
      const key = fold(span);
      const short = key.length <= 3;
      if (short && span !== span.toUpperCase()) continue; // "us", "in", "de" are words; "US", "IN" may be codes
      if (options.capitalised && !/^\p{Lu}/u.test(span) && !PROSE_WORDS.has(key)) continue;
      consumed = readSpan(span, key, short, n, ix, out, options);
    }
    start += consumed || 1;
  }
}

/** Reads one span of words as a region, a country, a division of the city before it, or a city: the words it took, or 0. */
function readSpan(span: string, key: string, short: boolean, n: number, ix: Index, out: PlacesRead, options: { capitalised: boolean; zoneClause: boolean }): number {
  const region = ix.regionByWord.get(key);
  if (region === 'worldwide') out.worldwide = true;
  else if (region) {
    if (!out.regions.includes(region)) out.regions.push(region);
  }
  if (region) return n;
  if (short && isDivisionHint(out, span)) {
    settleLastCity(out, ix, (p) => divisionOf(p.country, span) === p.division);
    return n;
  }
  // German genitives: "innerhalb Deutschlands", "Polens", "Österreichs" (a country's name with an -s).
  const country = ix.countryByName.get(key) ?? (short && /^[A-Z]{2}$/.test(span) && ix.countryNames.has(span) ? span : undefined)
    ?? (key.length > 5 && key.endsWith('s') ? ix.countryByName.get(key.slice(0, -1)) : undefined);
  if (country) {
    const zone = options.zoneClause ? ix.countryZones.get(country) : undefined;
    if (zone) out.zones.push(zone);
    else {
      if (!out.countries.includes(country)) out.countries.push(country);
      // A city named before its country is read there ("Santiago, Chile"; "London, Canada"); a city-state is its city.
      settleLastCity(out, ix, (p) => p.country === country);
      const cityState = [key, ...(CITY_STATES.has(country) ? [fold(ix.countryNames.get(country) ?? '')] : [])]
        .flatMap((k) => (ix.byName.get(k) ?? []).map((e) => ix.places[e >> 1]!).filter((p) => p.country === country && fold(p.name) === k))[0];
      if (cityState && !out.cities.includes(cityState)) out.cities.push(cityState);
    }
    return n;
  }
  const division = n > 1 || !short ? divisionNamed(span) : null;
  if (division && out.cities.length) {
    settleLastCity(out, ix, (p) => p.country === division.country && p.division === division.code);
    return n;
  }
  if (options.capitalised && n === 1 && COMMON_WORDS.has(key)) return 0;
  const entry = ix.byName.get(key)?.[0];
  if (entry === undefined) return 0;
  const place = ix.places[entry >> 1]!;
  if (!out.cities.includes(place)) out.cities.push(place);
  return n;
}

const isLetter = (c: string) => /\p{L}/u.test(c);
/** Without what surrounds a name: leading non-letters, trailing non-letters but a dot ("St.", "D.C."). */
function trimToName(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && !isLetter(s[from]!)) from++;
  while (to > from && !isLetter(s[to - 1]!) && s[to - 1] !== '.') to--;
  return s.slice(from, to);
}

/** Whether a capitalised two- or three-letter word is a division code of the city just read ("Austin, TX"). */
function isDivisionHint(out: PlacesRead, code: string): boolean {
  const last = out.cities[out.cities.length - 1];
  if (!last) return false;
  const ix = loaded();
  const key = fold(last.name);
  return (ix.byName.get(key) ?? []).some((e) => divisionOf(ix.places[e >> 1]!.country, code) === ix.places[e >> 1]!.division);
}

const divisionOf = (country: string, code: string): string | undefined => DIVISIONS[country]?.[code];

function divisionNamed(span: string): { country: string; code: string } | null {
  for (const [country, table] of Object.entries(DIVISIONS)) {
    for (const [name, code] of Object.entries(table)) if (name.length > 3 && fold(name) === fold(span)) return { country, code };
  }
  return null;
}

/** Re-reads the last city named in the country or division that follows it, when it has a place there. */
function settleLastCity(out: PlacesRead, ix: Index, fits: (p: Place) => boolean): void {
  const last = out.cities[out.cities.length - 1];
  if (!last || fits(last)) return;
  const better = (ix.byName.get(fold(last.name)) ?? []).map((e) => ix.places[e >> 1]!).find(fits);
  if (better) out.cities[out.cities.length - 1] = better;
}

/** Capitalised words that open sentences more often than they name the city of the same name. */
const COMMON_WORDS = new Set(['mobile', 'reading', 'nice', 'bath', 'split', 'orange', 'victoria', 'florence', 'normal', 'mission', 'surprise',
  'independence', 'enterprise', 'hope', 'liberty', 'deal', 'sale', 'university', 'opportunity', 'union', 'progress', 'commerce', 'industry',
  'plus', 'data', 'central', 'remote', 'hybrid', 'global', 'general', 'lead', 'senior', 'junior', 'bonus', 'concordia', 'esperanza',
  'mar', 'sur', 'norte', 'santa', 'san', 'campo', 'villa', 'valle', 'paz', 'trinidad', 'ciudad', 'stadt', 'ville', 'cidade']);

const OFFSET = String.raw`(?:UTC|GMT)\s?([+−-]\s?\d{1,2}(?::?[0-5]\d)?)?`;
const ZONE_NAME = String.raw`\b(${Object.keys(ZONE_ABBREVIATIONS).join('|')})\b`;
const RANGE = new RegExp(String.raw`(?:${OFFSET}|${ZONE_NAME})\s?(?:to|and|through|-|–|a|à|bis|und|et|y|e|até)\s?(?:${OFFSET}|${ZONE_NAME})`, 'gu');
const PLUS_MINUS = new RegExp(String.raw`(?:${OFFSET}|${ZONE_NAME})\s?(?:±|\+\/-|\+-|plus or minus|\(±)\s?(\d{1,2})\s?(?:h|hours?|horas?|heures?|stunden)?`, 'gu');
/** "within 3 hours of CET", "Zeitzonen maximal ±3 Stunden zu MEZ", "até 3 horas de diferença de BRT", "hasta ±2 horas de COT". */
const WITHIN_HOURS = new RegExp(String.raw`(?:(?:within|maximal|max\.?|up to|at most|até|hasta|bis zu|jusqu'à|no m[aá]ximo|como m[aá]ximo)\s(?:±\s?)?|±\s?|\+\/-\s?)(\d{1,2})\s?(?:hours?|h|horas?|heures?|stunden)(?: (?:de )?(?:diferen[çc]a|Zeitverschiebung|d'[ée]cart))?\s(?:of|from|to|zu|von|de|da|do|del|con|com|avec|par rapport à|respecto a|em rela[çc][ãa]o a)\s(?:(?:la|el|o|a) )?(?:${OFFSET}|${ZONE_NAME})`, 'giu');

const offsetOf = (signed: string | undefined, name: string | undefined): number | null => {
  if (name) return ZONE_ABBREVIATIONS[name] ?? null;
  if (signed === undefined) return 0;
  const m = /([+−-])\s?(\d{1,2})(?::?([0-5]\d))?/u.exec(signed);
  return m ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) + Number(m[3] ?? 0) / 60) : null;
};

/** Windows of working hours: "UTC-8 to UTC-3", "CET ± 2 hours", "within 3 hours of ET", "±3 Stunden zu MEZ", "PST to EST". */
export function zoneWindowsIn(text: string): ZoneWindow[] {
  const windows: ZoneWindow[] = [];
  for (const m of text.matchAll(RANGE)) {
    const a = offsetOf(m[1], m[2]);
    const b = offsetOf(m[3], m[4]);
    if (a !== null && b !== null) windows.push({ from: Math.min(a, b), to: Math.max(a, b) });
  }
  for (const m of text.matchAll(PLUS_MINUS)) {
    const at = offsetOf(m[1], m[2]);
    if (at !== null) windows.push({ from: at - Number(m[3]), to: at + Number(m[3]) });
  }
  for (const m of text.matchAll(WITHIN_HOURS)) {
    const at = offsetOf(m[2], m[3]);
    if (at !== null) windows.push({ from: at - Number(m[1]), to: at + Number(m[1]) });
  }
  return windows;
}
