import {
  oncePer
} from "./chunk-YU7T37VA.js";
import {
  clipAtWord
} from "./chunk-SJIXDJEM.js";

// dist/analyze/places.js
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// dist/analyze/gazetteer/regions.js
var codes = (list) => list.split(" ");
var EU = codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE");
var EUROPE = [...EU, ...codes("AD AL AX BA BY CH FO GB GG GI IM IS JE LI MC MD ME MK NO RS RU SJ SM UA VA XK")];
var MIDDLE_EAST = codes("AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE");
var NORTH_AFRICA = codes("DZ EG LY MA TN EH SD");
var AFRICA = [...NORTH_AFRICA, ...codes("AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MR MU YT MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS TZ TG UG ZM ZW")];
var NORTH_AMERICA = codes("US CA MX GL BM PM");
var CENTRAL_AMERICA = codes("BZ CR SV GT HN NI PA");
var CARIBBEAN = codes("AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI");
var SOUTH_AMERICA = codes("AR BO BR CL CO EC FK GF GY PE PY SR UY VE");
var EAST_ASIA = codes("CN HK JP KP KR MN MO TW");
var SOUTH_EAST_ASIA = codes("BN KH ID LA MM MY PH SG TH TL VN");
var SOUTH_ASIA = codes("AF BD BT IN LK MV NP PK");
var CENTRAL_ASIA = codes("KZ KG TJ TM UZ");
var OCEANIA = codes("AU NZ FJ PG SB VU NC PF WS TO KI FM MH NR PW TV CK NU");
var REGIONS = {
  eu: EU,
  europe: EUROPE,
  emea: [...EUROPE, ...MIDDLE_EAST, ...AFRICA],
  "middle-east": MIDDLE_EAST,
  mena: [...MIDDLE_EAST, ...NORTH_AFRICA],
  africa: AFRICA,
  americas: [...NORTH_AMERICA, ...CENTRAL_AMERICA, ...CARIBBEAN, ...SOUTH_AMERICA],
  "north-america": NORTH_AMERICA,
  // Latin America: Mexico, Central and South America and the Spanish-, Portuguese- and French-speaking Caribbean.
  latam: [...codes("MX"), ...CENTRAL_AMERICA, ...SOUTH_AMERICA, ...codes("CU DO PR HT")],
  "south-america": SOUTH_AMERICA,
  "central-america": CENTRAL_AMERICA,
  apac: [...EAST_ASIA, ...SOUTH_EAST_ASIA, ...SOUTH_ASIA, ...OCEANIA],
  asia: [...EAST_ASIA, ...SOUTH_EAST_ASIA, ...SOUTH_ASIA, ...CENTRAL_ASIA],
  "south-east-asia": SOUTH_EAST_ASIA,
  oceania: OCEANIA,
  anz: codes("AU NZ"),
  dach: codes("DE AT CH"),
  nordics: codes("DK FI IS NO SE"),
  benelux: codes("BE NL LU")
};
var REGION_WORDS = [
  ["eu", ["EU", "E.U.", "EEA", "European Union", "Uni\xF3n Europea", "Uni\xE3o Europeia", "Union europ\xE9enne", "Europ\xE4ische Union", "UE"]],
  ["europe", ["Europe", "European", "Europa", "europeo", "europea", "europeu", "europ\xE9en", "europ\xE9enne", "europ\xE4ischen", "CET time zone"]],
  ["emea", ["EMEA"]],
  ["mena", ["MENA"]],
  ["middle-east", ["Middle East", "Oriente Medio", "Oriente M\xE9dio", "Moyen-Orient", "Naher Osten", "Nahost"]],
  ["africa", ["Africa", "African", "\xC1frica", "Afrique", "Afrika", "Sub-Saharan Africa", "africano", "africain"]],
  ["americas", ["Americas", "the Americas", "Am\xE9ricas", "Am\xE9riques", "North and South America"]],
  ["north-america", ["North America", "North American", "Norteam\xE9rica", "Am\xE9rica del Norte", "Am\xE9rica do Norte", "Am\xE9rique du Nord", "Nordamerika"]],
  ["latam", ["LATAM", "LatAm", "Latin America", "Latin American", "Latinoam\xE9rica", "Latinoamerica", "Am\xE9rica Latina", "Am\xE9rique latine", "Lateinamerika", "LAC"]],
  ["south-america", ["South America", "Sudam\xE9rica", "Suram\xE9rica", "Am\xE9rica del Sur", "Am\xE9rica do Sul", "Am\xE9rique du Sud", "S\xFCdamerika"]],
  ["central-america", ["Central America", "Centroam\xE9rica", "Am\xE9rica Central", "Am\xE9rique centrale", "Mittelamerika"]],
  ["apac", ["APAC", "APJ", "Asia-Pacific", "Asia Pacific", "Asia-Pac\xEDfico", "\xC1sia-Pac\xEDfico", "Asie-Pacifique", "Asien-Pazifik"]],
  ["asia", ["Asia", "\xC1sia", "Asie", "Asien"]],
  ["south-east-asia", ["Southeast Asia", "South-East Asia", "SEA", "Sudeste Asi\xE1tico", "Asie du Sud-Est", "S\xFCdostasien"]],
  ["oceania", ["Oceania", "Oc\xE9anie", "Ozeanien"]],
  ["anz", ["ANZ", "Australia and New Zealand", "Australia & New Zealand"]],
  ["dach", ["DACH", "D-A-CH"]],
  ["nordics", ["Nordics", "Nordic countries", "Scandinavia", "Nordic region"]],
  ["benelux", ["Benelux"]]
];
var WORLDWIDE_WORDS = [
  "worldwide",
  "anywhere",
  "anywhere in the world",
  "global",
  "globally",
  "fully distributed",
  "todo el mundo",
  "cualquier lugar",
  "cualquier pa\xEDs",
  "qualquer lugar",
  "qualquer pa\xEDs",
  "mundo todo",
  "partout dans le monde",
  "n'importe o\xF9",
  "weltweit",
  "\xFCberall"
];
var DIVISIONS = {
  US: Object.fromEntries("AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut DE:Delaware DC:District_of_Columbia FL:Florida GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana ME:Maine MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina ND:North_Dakota OH:Ohio OK:Oklahoma OR:Oregon PA:Pennsylvania RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee TX:Texas UT:Utah VT:Vermont VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin WY:Wyoming".split(" ").flatMap((pair) => {
    const [code, name] = pair.split(":");
    return [[code, code], [name.replace(/_/g, " "), code]];
  })),
  CA: {
    AB: "01",
    Alberta: "01",
    BC: "02",
    "British Columbia": "02",
    MB: "03",
    Manitoba: "03",
    NB: "04",
    "New Brunswick": "04",
    NL: "05",
    "Newfoundland and Labrador": "05",
    NS: "07",
    "Nova Scotia": "07",
    ON: "08",
    Ontario: "08",
    PE: "09",
    PEI: "09",
    "Prince Edward Island": "09",
    QC: "10",
    Qu\u00E9bec: "10",
    Quebec: "10",
    SK: "11",
    Saskatchewan: "11",
    YT: "12",
    Yukon: "12",
    NT: "13",
    NU: "14",
    Nunavut: "14"
  },
  AU: {
    ACT: "01",
    NSW: "02",
    "New South Wales": "02",
    NT: "03",
    "Northern Territory": "03",
    QLD: "04",
    Queensland: "04",
    SA: "05",
    "South Australia": "05",
    TAS: "06",
    Tasmania: "06",
    VIC: "07",
    Victoria: "07",
    WA: "08",
    "Western Australia": "08"
  },
  BR: {
    AC: "01",
    AL: "02",
    AP: "03",
    AM: "04",
    BA: "05",
    CE: "06",
    DF: "07",
    "Distrito Federal": "07",
    ES: "08",
    GO: "29",
    MA: "13",
    MT: "14",
    MS: "11",
    MG: "15",
    "Minas Gerais": "15",
    PA: "16",
    PB: "17",
    PR: "18",
    "Paran\xE1": "18",
    PE: "30",
    Pernambuco: "30",
    PI: "20",
    RJ: "21",
    "Rio de Janeiro": "21",
    RN: "22",
    RS: "23",
    "Rio Grande do Sul": "23",
    RO: "24",
    RR: "25",
    SC: "26",
    "Santa Catarina": "26",
    SP: "27",
    "S\xE3o Paulo": "27",
    SE: "28",
    TO: "31",
    Bahia: "05",
    "Cear\xE1": "06",
    "Goi\xE1s": "29"
  }
};
var ZONE_ABBREVIATIONS = {
  HST: -10,
  AKST: -9,
  PT: -8,
  PST: -8,
  PDT: -8,
  MT: -7,
  MST: -7,
  MDT: -7,
  CT: -6,
  CST: -6,
  CDT: -6,
  ET: -5,
  EST: -5,
  EDT: -5,
  AST: -4,
  BRT: -3,
  ART: -3,
  CLT: -4,
  COT: -5,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 0,
  CET: 1,
  CEST: 1,
  WAT: 1,
  EET: 2,
  EEST: 2,
  CAT: 2,
  SAST: 2,
  EAT: 3,
  MSK: 3,
  GST: 4,
  PKT: 5,
  IST: 5.5,
  ICT: 7,
  WIB: 7,
  SGT: 8,
  HKT: 8,
  PHT: 8,
  AWST: 8,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 10,
  NZST: 12
};
var REGION_NAMES = {
  eu: "the EU",
  europe: "Europe",
  emea: "EMEA",
  "middle-east": "the Middle East",
  mena: "MENA",
  africa: "Africa",
  americas: "Americas",
  "north-america": "North America",
  latam: "Latin America",
  "south-america": "South America",
  "central-america": "Central America",
  apac: "APAC",
  asia: "Asia",
  "south-east-asia": "South-East Asia",
  oceania: "Oceania",
  anz: "Australia and New Zealand",
  dach: "DACH",
  nordics: "the Nordics",
  benelux: "Benelux"
};

// dist/analyze/places.js
var fold = (s) => /^[\x20-\x7e]*$/.test(s) ? s.toLowerCase().replace(/[`]/g, "'").replace(/\./g, "").replace(/[-\s]+/g, " ").trim() : foldUnicode(s);
var foldUnicode = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’`]/g, "'").replace(/\./g, "").replace(/[-\s]+/g, " ").trim();
var COUNTRY_LOCALES = ["en", "es", "pt", "fr", "de", "nl", "it"];
var MORE_COUNTRY_NAMES = {
  US: ["USA", "U.S.", "U.S.A.", "America", "EEUU", "EE.UU.", "EUA"],
  GB: ["UK", "U.K.", "Britain", "England", "Scotland", "Wales", "Northern Ireland"],
  NL: ["Holland"],
  AE: ["UAE", "Dubai"],
  KR: ["Korea"],
  CZ: ["Czechia"],
  CI: ["Ivory Coast"],
  CD: ["DRC"],
  DE: ["Deutschland"]
};
var index = null;
var loading = null;
function loadPlaces() {
  return loading ??= import("./cities-FK6TTTCS.js").then(({ CITIES_TSV, ZONES, COUNTRY_ZONES }) => {
    index = buildIndex(CITIES_TSV, ZONES, COUNTRY_ZONES);
  });
}
function loaded() {
  if (!index)
    throw new Error("the gazetteer is not loaded: await loadPlaces() before reading places");
  return index;
}
var offsetCache = /* @__PURE__ */ new Map();
function zoneOffsets(zone) {
  let cached = offsetCache.get(zone);
  if (!cached) {
    cached = [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)].map((t) => {
      try {
        const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(t).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
        const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part);
        return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : 0;
      } catch {
        return NaN;
      }
    }).filter((n) => !Number.isNaN(n));
    offsetCache.set(zone, cached);
  }
  return cached;
}
function buildIndex(tsv, zones, countryZoneTable) {
  const places = [];
  const byName = /* @__PURE__ */ new Map();
  const addName = (name, place, primary) => {
    const key = fold(name);
    const list = byName.get(key);
    if (!list)
      byName.set(key, [place * 2 + Number(primary)]);
    else if (!list.some((e) => e >> 1 === place))
      list.push(place * 2 + Number(primary));
  };
  for (const line of tsv.split("\n")) {
    const [name, ascii, others, country, division, lat, lon, population, zone] = line.split("	");
    const i = places.push({ name, country, division, lat: Number(lat), lon: Number(lon), population: Number(population), zone: zones[Number(zone)] ?? "UTC" }) - 1;
    addName(name, i, true);
    if (ascii)
      addName(ascii, i, true);
    if (others)
      for (const other of others.split(";"))
        addName(other, i, false);
  }
  for (const list of byName.values())
    if (list.length > 1)
      list.sort((a, b) => (b & 1) - (a & 1) || places[b >> 1].population - places[a >> 1].population);
  const require2 = createRequire(import.meta.url);
  const countryByName = /* @__PURE__ */ new Map();
  const countryNames = /* @__PURE__ */ new Map();
  for (const locale of COUNTRY_LOCALES) {
    const { countries } = JSON.parse(readFileSync(require2.resolve(`i18n-iso-countries/langs/${locale}.json`), "utf8"));
    for (const [code, names] of Object.entries(countries)) {
      const list = Array.isArray(names) ? names : [names];
      if (locale === "en")
        countryNames.set(code, list.find((n) => n.length > 4 && !n.includes(",")) ?? list[0]);
      for (const n of list)
        if (!countryByName.has(fold(n)))
          countryByName.set(fold(n), code);
    }
  }
  for (const [code, names] of Object.entries(MORE_COUNTRY_NAMES))
    for (const n of names)
      countryByName.set(fold(n), code);
  countryNames.set("US", "United States");
  countryNames.set("GB", "United Kingdom");
  const countryZones = new Map(Object.entries(countryZoneTable).map(([c, [from, to]]) => [c, { from, to }]));
  const regionByWord = /* @__PURE__ */ new Map();
  for (const [region, words] of REGION_WORDS)
    for (const w2 of words)
      regionByWord.set(fold(w2), region);
  for (const w2 of WORLDWIDE_WORDS)
    regionByWord.set(fold(w2), "worldwide");
  return { places, byName, countryByName, countryNames, countryZones, regionByWord };
}
function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
var DEFAULT_MAX_COMMUTE_KM = 50;
var countryName = (code) => index?.countryNames.get(code) ?? code;
function countryCode(nameOrCode) {
  if (!nameOrCode?.trim())
    return null;
  const ix = loaded();
  const raw = nameOrCode.trim();
  if (/^[A-Za-z]{2}$/.test(raw) && ix.countryNames.has(raw.toUpperCase()))
    return raw.toUpperCase();
  return ix.countryByName.get(fold(raw)) ?? null;
}
function placeNamed(name, country, division) {
  const ix = loaded();
  const found = (ix.byName.get(fold(name)) ?? []).map((e) => ix.places[e >> 1]);
  const inCountry = country ? found.filter((p) => p.country === country) : found;
  const inDivision = division ? inCountry.filter((p) => p.division === division) : inCountry;
  return inDivision[0] ?? inCountry[0] ?? (country ? null : found[0] ?? null);
}
var inRegion = (country, region) => REGIONS[region].includes(country);
var ITEM_SEPARATORS = /[,;/|()[\]·•–—:\n&]|(?<=\s)-(?=\s)|(?<=\s)(?:or|and|y|o|ou|e|et|und|oder|of|en)(?=\s)/iu;
var MAX_NAME_WORDS = 6;
function readPlaces(text, options = {}) {
  const ix = loaded();
  const out = { cities: [], countries: [], regions: [], worldwide: false, zones: [] };
  for (const clause of text.split(/[;()[\]\n]/)) {
    const zoneClause = TIME_ZONE_WORDS.test(clause);
    const items = clause.replace(/(?<!\p{L})[lLdD]['’](?=\p{L})/gu, "").split(ITEM_SEPARATORS).map((s) => s.trim()).filter(Boolean);
    for (const item of items)
      readItem(item.split(/\s+/), ix, out, { capitalised: options.capitalised ?? false, zoneClause });
  }
  out.zones.push(...zoneWindowsIn(text));
  return out;
}
var TIME_ZONE_WORDS = /\b(time ?zones?|(?:working|business|office) hours|overlap|horario|fuso hor[aá]rio|fuseau horaire|zeitzonen?)\b/iu;
function readItem(words, ix, out, options) {
  for (let start = 0; start < words.length; ) {
    let consumed = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - start); n >= 1 && !consumed; n--) {
      const span = trimToName(words.slice(start, start + n).join(" "));
      if (!span)
        continue;
      const key = fold(span);
      const short = key.length <= 3;
      if (short && span !== span.toUpperCase())
        continue;
      if (options.capitalised && !/^\p{Lu}/u.test(span))
        continue;
      consumed = readSpan(span, key, short, n, ix, out, options);
    }
    start += consumed || 1;
  }
}
function readSpan(span, key, short, n, ix, out, options) {
  const region = ix.regionByWord.get(key);
  if (region === "worldwide")
    out.worldwide = true;
  else if (region) {
    if (!out.regions.includes(region))
      out.regions.push(region);
  }
  if (region)
    return n;
  if (short && isDivisionHint(out, span)) {
    settleLastCity(out, ix, (p) => divisionOf(p.country, span) === p.division);
    return n;
  }
  const country = ix.countryByName.get(key) ?? (short && /^[A-Z]{2}$/.test(span) && ix.countryNames.has(span) ? span : void 0);
  if (country) {
    const zone = options.zoneClause ? ix.countryZones.get(country) : void 0;
    if (zone)
      out.zones.push(zone);
    else {
      if (!out.countries.includes(country))
        out.countries.push(country);
      settleLastCity(out, ix, (p) => p.country === country);
      const cityState = (ix.byName.get(key) ?? []).map((e) => ix.places[e >> 1]).find((p) => p.country === country && fold(p.name) === key);
      if (cityState && !out.cities.includes(cityState))
        out.cities.push(cityState);
    }
    return n;
  }
  const division = n > 1 || !short ? divisionNamed(span) : null;
  if (division && out.cities.length) {
    settleLastCity(out, ix, (p) => p.country === division.country && p.division === division.code);
    return n;
  }
  if (options.capitalised && n === 1 && COMMON_WORDS.has(key))
    return 0;
  const entry = ix.byName.get(key)?.[0];
  if (entry === void 0)
    return 0;
  const place = ix.places[entry >> 1];
  if (!out.cities.includes(place))
    out.cities.push(place);
  return n;
}
var isLetter = (c) => /\p{L}/u.test(c);
function trimToName(s) {
  let from = 0;
  let to = s.length;
  while (from < to && !isLetter(s[from]))
    from++;
  while (to > from && !isLetter(s[to - 1]) && s[to - 1] !== ".")
    to--;
  return s.slice(from, to);
}
function isDivisionHint(out, code) {
  const last = out.cities[out.cities.length - 1];
  if (!last)
    return false;
  const ix = loaded();
  const key = fold(last.name);
  return (ix.byName.get(key) ?? []).some((e) => divisionOf(ix.places[e >> 1].country, code) === ix.places[e >> 1].division);
}
var divisionOf = (country, code) => DIVISIONS[country]?.[code];
function divisionNamed(span) {
  for (const [country, table] of Object.entries(DIVISIONS)) {
    for (const [name, code] of Object.entries(table))
      if (name.length > 3 && fold(name) === fold(span))
        return { country, code };
  }
  return null;
}
function settleLastCity(out, ix, fits) {
  const last = out.cities[out.cities.length - 1];
  if (!last || fits(last))
    return;
  const better = (ix.byName.get(fold(last.name)) ?? []).map((e) => ix.places[e >> 1]).find(fits);
  if (better)
    out.cities[out.cities.length - 1] = better;
}
var COMMON_WORDS = /* @__PURE__ */ new Set([
  "mobile",
  "reading",
  "nice",
  "bath",
  "split",
  "orange",
  "victoria",
  "florence",
  "normal",
  "mission",
  "surprise",
  "independence",
  "enterprise",
  "hope",
  "liberty",
  "deal",
  "sale",
  "university",
  "opportunity",
  "union",
  "progress",
  "commerce",
  "industry",
  "plus",
  "data",
  "central",
  "remote",
  "hybrid",
  "global",
  "general",
  "lead",
  "senior",
  "junior",
  "bonus",
  "concordia",
  "esperanza",
  "mar",
  "sur",
  "norte",
  "santa",
  "san",
  "campo",
  "villa",
  "valle",
  "paz",
  "trinidad",
  "ciudad",
  "stadt",
  "ville",
  "cidade"
]);
var OFFSET = String.raw`(?:UTC|GMT)\s?([+−-]\s?\d{1,2}(?::?[0-5]\d)?)?`;
var ZONE_NAME = String.raw`\b(${Object.keys(ZONE_ABBREVIATIONS).join("|")})\b`;
var RANGE = new RegExp(String.raw`(?:${OFFSET}|${ZONE_NAME})\s?(?:to|and|through|-|–|a|à|bis|y|e)\s?(?:${OFFSET}|${ZONE_NAME})`, "gu");
var PLUS_MINUS = new RegExp(String.raw`(?:${OFFSET}|${ZONE_NAME})\s?(?:±|\+\/-|\+-|plus or minus|\(±)\s?(\d{1,2})\s?(?:h|hours?|horas?|heures?|stunden)?`, "gu");
var WITHIN_HOURS = new RegExp(String.raw`within (\d{1,2}) hours? of (?:${OFFSET}|${ZONE_NAME})`, "giu");
var offsetOf = (signed, name) => {
  if (name)
    return ZONE_ABBREVIATIONS[name] ?? null;
  if (signed === void 0)
    return 0;
  const m = /([+−-])\s?(\d{1,2})(?::?([0-5]\d))?/u.exec(signed);
  return m ? (m[1] === "+" ? 1 : -1) * (Number(m[2]) + Number(m[3] ?? 0) / 60) : null;
};
function zoneWindowsIn(text) {
  const windows = [];
  for (const m of text.matchAll(RANGE)) {
    const a = offsetOf(m[1], m[2]);
    const b = offsetOf(m[3], m[4]);
    if (a !== null && b !== null)
      windows.push({ from: Math.min(a, b), to: Math.max(a, b) });
  }
  for (const m of text.matchAll(PLUS_MINUS)) {
    const at = offsetOf(m[1], m[2]);
    if (at !== null)
      windows.push({ from: at - Number(m[3]), to: at + Number(m[3]) });
  }
  for (const m of text.matchAll(WITHIN_HOURS)) {
    const at = offsetOf(m[2], m[3]);
    if (at !== null)
      windows.push({ from: at - Number(m[1]), to: at + Number(m[1]) });
  }
  return windows;
}

// dist/analyze/bounded.js
var RULE_TEXT_CHARS = 2e4;
var forRules = oncePer((posting) => (posting.descriptionText?.length ?? 0) <= RULE_TEXT_CHARS ? posting : { ...posting, descriptionText: clipAtWord(posting.descriptionText, RULE_TEXT_CHARS) });

// dist/analyze/rates.js
var PER_USD = {
  USD: 1,
  EUR: 0.853,
  GBP: 0.729,
  CHF: 0.796,
  SEK: 9.52,
  NOK: 10.1,
  DKK: 6.37,
  PLN: 3.61,
  CZK: 21.1,
  HUF: 341,
  RON: 4.33,
  BGN: 1.67,
  ISK: 122,
  TRY: 39.8,
  RUB: 78.5,
  UAH: 41.7,
  CAD: 1.366,
  MXN: 18.9,
  BRL: 5.46,
  ARS: 1180,
  CLP: 935,
  COP: 4080,
  PEN: 3.55,
  UYU: 40.2,
  BOB: 6.91,
  PYG: 7980,
  CRC: 505,
  GTQ: 7.68,
  DOP: 59.3,
  JPY: 144,
  CNY: 7.17,
  HKD: 7.85,
  TWD: 29.3,
  KRW: 1355,
  SGD: 1.274,
  MYR: 4.21,
  THB: 32.5,
  IDR: 16230,
  PHP: 56.4,
  VND: 26100,
  INR: 85.8,
  PKR: 284,
  BDT: 122,
  LKR: 299,
  NPR: 137,
  AUD: 1.525,
  NZD: 1.645,
  ILS: 3.37,
  AED: 3.673,
  SAR: 3.75,
  QAR: 3.64,
  EGP: 49.6,
  MAD: 9.03,
  TND: 2.93,
  NGN: 1535,
  GHS: 10.3,
  KES: 129,
  UGX: 3590,
  TZS: 2640,
  RWF: 1440,
  ETB: 135,
  ZAR: 17.7,
  XOF: 560,
  XAF: 560
};
function convert(amount, from, to) {
  const a = PER_USD[from.toUpperCase()];
  const b = PER_USD[to.toUpperCase()];
  return a && b ? amount / a * b : null;
}
var PER_YEAR = { year: 1, month: 12, day: 220, hour: 2e3 };
var yearly = (amount, period) => amount * PER_YEAR[period];

// dist/analyze/pay.js
var SYMBOLS = [
  ["R$", "BRL"],
  ["US$", "USD"],
  ["USD$", "USD"],
  ["CA$", "CAD"],
  ["C$", "CAD"],
  ["CAD$", "CAD"],
  ["A$", "AUD"],
  ["AU$", "AUD"],
  ["S$", "SGD"],
  ["MX$", "MXN"],
  ["NZ$", "NZD"],
  ["HK$", "HKD"],
  ["COL$", "COP"],
  ["\u20AC", "EUR"],
  ["\xA3", "GBP"],
  ["\u20B9", "INR"],
  ["\u20A6", "NGN"],
  ["\xA5", "JPY"],
  ["\u20B1", "PHP"],
  ["KSh", "KES"],
  ["Ksh", "KES"],
  ["$", "$"]
];
var CODES = "USD|EUR|GBP|CHF|CAD|AUD|NZD|SGD|HKD|INR|BRL|MXN|COP|CLP|ARS|PEN|UYU|KES|NGN|ZAR|GHS|EGP|MAD|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|ILS|AED|SAR|PHP|IDR|MYR|THB|VND|PKR|BDT";
var CURRENCY_WORDS = [
  [/^(euros?)\b/iu, "EUR"],
  [/^(reais|real)\b/iu, "BRL"],
  [/^(rupees?|rupias?)\b/iu, "INR"],
  [/^(naira)\b/iu, "NGN"],
  [/^(shillings?)\b/iu, "KES"],
  [/^(pesos?)\b/iu, "$"],
  [/^(d[oó]lares|dollars?)\b/iu, "$"],
  [/^(rand)\b/iu, "ZAR"]
];
var LOCAL_DOLLAR = { US: "USD", CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", MX: "MXN", CL: "CLP", CO: "COP", AR: "ARS", UY: "UYU" };
var NUMBER = /(?<![\d.,])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)/gu;
var MULTIPLIER = /^\s?(k|K|mil|M|mn|million|millones|milh[õo]es|lakhs?|LPA|lacs?|crores?|Mio\.?)(?![\p{L}])/u;
var MULTIPLIERS = { k: 1e3, mil: 1e3, m: 1e6, mn: 1e6, million: 1e6, millones: 1e6, milh\u00F5es: 1e6, milhoes: 1e6, lakh: 1e5, lakhs: 1e5, lpa: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, mio: 1e6, "mio.": 1e6 };
var PERIODS = [
  ["hour", /\b(per hour|an hour|hourly|\/\s?h(?:ou)?r|\/h|p\/h|por hora|la hora|par heure|de l'heure|taux horaire|pro stunde|stundensatz|\/stunde)\b/iu],
  ["day", /\b(per day|a day|\/\s?day|day rate|daily rate|por d[ií]a|di[aá]ri[oa]|par jour|tjm|pro tag|tagessatz)\b/iu],
  ["month", /\b(per month|a month|\/\s?mo(?:nth)?|monthly|al mes|mensual\w*|por m[eê]s|ao m[eê]s|mensa(?:l|is)|par mois|mensuel\w*|pro monat|monatlich\w*|brutos mensuales|l[ií]quidos mensuales)\b/iu],
  ["year", /\b(per year|a year|\/\s?y(?:ea)?r|annual\w*|yearly|p\.?\s?a\.?|per annum|al a[ñn]o|anual\w*|por ano|ao ano|par an|annuel\w*|pro jahr|j[äa]hrlich\w*|brutto|lpa|ctc)\b/iu]
];
function numberValue(raw) {
  const s = raw.replace(/[\u00a0\u202f ]/g, "");
  const decimal = /[.,](\d{1,2})$/.exec(s);
  const whole = decimal ? s.slice(0, -decimal[0].length) : s;
  return Number(whole.replace(/[.,]/g, "")) + (decimal ? Number(`0.${decimal[1]}`) : 0);
}
function currencyBefore(text, at) {
  const before = text.slice(Math.max(0, at - 6), at).trimEnd();
  for (const [symbol, code] of SYMBOLS)
    if (before.endsWith(symbol))
      return code;
  const m = new RegExp(`(?:^|[^A-Za-z])(${CODES})$`).exec(before);
  return m ? m[1] : null;
}
function currencyAfter(text) {
  const after = text.trimStart();
  for (const [symbol, code2] of SYMBOLS)
    if (after.startsWith(symbol))
      return code2;
  const code = new RegExp(`^(${CODES})(?![A-Za-z])`).exec(after);
  if (code)
    return code[1];
  return CURRENCY_WORDS.find(([re]) => re.test(after))?.[1] ?? null;
}
function amountsIn(text) {
  const found = [];
  for (const m of text.matchAll(NUMBER)) {
    let end = m.index + m[0].length;
    const mult = MULTIPLIER.exec(text.slice(end, end + 12));
    const multiplier = mult ? MULTIPLIERS[mult[1].toLowerCase()] ?? 1 : 1;
    if (mult)
      end += mult[0].length;
    const indian = mult && /^(lakhs?|lpa|lacs?|crores?)$/i.test(mult[1]) ? "INR" : null;
    const currency = currencyBefore(text, m.index) ?? currencyAfter(text.slice(end, end + 12)) ?? indian;
    found.push({ value: numberValue(m[0]) * multiplier, multiplier, currency, start: m.index, end });
    if (found.length > 40)
      break;
  }
  return found;
}
var NOT_PAY = /\b(raised|funding|budget|stipend|allowance|presupuesto|aux[ií]lio|series [a-e]|valuation|revenue|ARR|invest\w*|financiaci[oó]n|financiamento|lev[ée]e de fonds|Finanzierung|Umsatz)\b/iu;
var RANGE_JOIN = /^\s*(?:[^\d\s]{1,4}\s*)?(?:[-–—]|to|and|a|até|à|bis|y|e|et)\s*(?:[^\d\s]{0,4}\s?)$/iu;
var MONTHLY_BY_CUSTOM = /* @__PURE__ */ new Set(["BRL", "MXN", "ARS", "COP", "CLP", "PEN", "UYU"]);
function periodByAmount(max, currency) {
  if (max < 500)
    return "hour";
  const usd = convert(max, currency, "USD");
  return MONTHLY_BY_CUSTOM.has(currency) && usd !== null && usd < 15e3 ? "month" : "year";
}
function salaryOf(text, country = null) {
  const amounts = amountsIn(text);
  for (let i = 0; i < amounts.length; i++) {
    const b = amounts[i + 1];
    const joined = b && RANGE_JOIN.test(text.slice(amounts[i].end, b.start));
    const a = joined && b.multiplier > 1 && amounts[i].multiplier === 1 ? { ...amounts[i], value: amounts[i].value * b.multiplier } : amounts[i];
    const currency = a.currency ?? (joined ? b.currency : null);
    if (!currency)
      continue;
    const end = joined ? b.end : a.end;
    const named = currency === "$" ? currencyAfter(text.slice(end, end + 12)) : null;
    const resolved = currency === "$" ? named && named !== "$" ? named : LOCAL_DOLLAR[country ?? ""] ?? "USD" : currency;
    const max = joined && b.value >= a.value && b.value <= a.value * 4 ? b.value : a.value;
    if (a.value < 5)
      continue;
    const around = text.slice(Math.max(0, a.start - 40), Math.min(text.length, end + 50));
    if (NOT_PAY.test(around))
      continue;
    const period = PERIODS.find(([, re]) => re.test(text.slice(end, end + 50)))?.[0] ?? PERIODS.find(([, re]) => re.test(around))?.[0] ?? periodByAmount(max, resolved);
    return { min: a.value, max, currency: resolved, period, words: text.slice(Math.max(0, a.start - 4), end).trim() };
  }
  return null;
}
function shortfall(pay, floor) {
  const top = convert(yearly(pay.max, pay.period), pay.currency, floor.currency);
  if (top === null)
    return null;
  const floorYearly = yearly(floor.amount, floor.period);
  return { topInFloorCurrency: top / PER_YEAR[floor.period], under: Math.max(0, (floorYearly - top) / floorYearly) };
}

// dist/analyze/employment.js
var w = (alternatives) => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "iu");
var NUMBER_WORDS = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  nine: 9,
  twelve: 12,
  eighteen: 18,
  un: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  seis: 6,
  doce: 12,
  um: 1,
  tr\u00EAs: 3,
  quatro: 4,
  deux: 2,
  trois: 3,
  quatre: 4,
  douze: 12,
  drei: 3,
  vier: 4,
  sechs: 6,
  zw\u00F6lf: 12
};
var LENGTH = /(\d{1,2}|one|two|three|four|five|six|nine|twelve|eighteen|un|uno|dos|tres|cuatro|seis|doce|um|três|quatro|deux|trois|quatre|douze|drei|vier|sechs|zwölf)[- ]?(?:months?|meses|mois|monate?n?|monats)\b/iu;
var TERMS = [
  ["internship", w("internship|intern|pr\xE1cticas|practicas|pasant[i\xED]a|becari[oa]|est[a\xE1]gio|estagi[a\xE1]ri[oa]|stage (?:de|d'|en)|un stage|offre de stage|stagiaire|alternance|praktikum|werkstudent\\w*|trainee")],
  ["temporary", w("temporary|temp role|fixed[- ]term|\\d{1,2}[- ]month contract|(?:one|two|three|four|five|six|nine|twelve)[- ]month contract|maternity cover|parental leave cover|contrato temporal|por obra|tempor[a\xE1]ri[oa]|prazo determinado|contrato a termo|cdd|befristet\\w*|elternzeitvertretung|mandat de \\d+ mois|contrat de \\d+ mois")],
  ["freelance", w("freelance\\w*|freelancer|aut[\xF3o]nom[oa]|ind\xE9pendant|independiente|freiberuflich\\w*")],
  ["contract", w("contract(?:or)? (?:role|position|basis|engagement)|contractor|independent contractor|contract-to-hire|b2b contract|b2b|c2c|1099|corp[- ]to[- ]corp|prestaci[o\xF3]n de servicios|contrato por servicios|honorarios|pj|pessoa jur[i\xED]dica|contrato pj|mandat contractuel|contractuel|consultant externe|auftragsbasis|werkvertrag|freie mitarbeit")],
  ["permanent", w("permanent(?! resid)|full[- ]time permanent|indefinite|contrato indefinido|t[\xE9e]rmino indefinido|relaci[o\xF3]n de dependencia|planta permanente|clt|efetiv[oa]|contrato sem termo|cdi|poste permanent|unbefristet\\w*|festanstellung|feste anstellung")],
  // Last: "contract" alone, after "permanent" had its chance ("Contract type: permanent").
  ["contract", w("contract")]
];
var PART = w("part[- ]time|\\d{1,2} hours (?:a|per) week|medio tiempo|media jornada|tiempo parcial|meio per[i\xED]odo|tempo parcial|temps partiel|mi-temps|teilzeit");
var FULL = w("full[- ]time|fulltime|tiempo completo|jornada completa|tempo integral|temps plein|vollzeit");
var RULED_OUT = w("not an? |no |never |non |pas de |kein\\w* |sem |sin ");
function termsOf(text) {
  for (const [terms, re] of TERMS) {
    const m = re.exec(text);
    if (!m)
      continue;
    if (RULED_OUT.test(text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    return { terms, words: text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).trim() };
  }
  return null;
}
function employmentOf(title, description) {
  const text = `${title}
${description}`;
  const found = termsOf(title) ?? termsOf(description);
  const length = LENGTH.exec(text);
  const months = length ? Number(length[1]) || NUMBER_WORDS[length[1].toLowerCase()] || null : null;
  const terms = found?.terms === "contract" && months !== null && /contract|contrato|contrat|mandat|vertrag/iu.test(text) ? "temporary" : found?.terms ?? null;
  const part = PART.exec(text);
  const schedule = part && !(Number(/\d+/.exec(part[0])?.[0] ?? 0) >= 35) ? "part" : FULL.test(text) ? "full" : null;
  return { terms, schedule, months: terms === "temporary" || terms === "contract" ? months : null, words: found?.words ?? part?.[0] ?? null };
}
var kindOf = (raw) => raw.toLowerCase().replace(/[^a-z]/g, "");
function acceptedBy(jobTypes, minContractMonths, excluded = []) {
  if (!jobTypes?.length)
    return null;
  const terms = /* @__PURE__ */ new Set();
  const schedules = /* @__PURE__ */ new Set();
  for (const raw of jobTypes) {
    const t = kindOf(raw);
    if (t === "fulltime" || t === "permanent") {
      terms.add("permanent");
      schedules.add("full");
    }
    if (t === "parttime") {
      schedules.add("part");
      terms.add("permanent");
    }
    if (t === "contract" || t === "contractor")
      ["contract", "temporary", "freelance"].forEach((x) => terms.add(x));
    if (t === "freelance")
      ["freelance", "contract"].forEach((x) => terms.add(x));
    if (t === "temporary" || t === "fixedterm")
      ["temporary", "contract"].forEach((x) => terms.add(x));
    if (t === "internship" || t === "intern")
      terms.add("internship");
  }
  for (const raw of excluded) {
    const t = kindOf(raw);
    if (t === "temporary" || t === "fixedterm")
      terms.delete("temporary");
    if (t === "freelance")
      terms.delete("freelance");
    if (t === "internship" || t === "intern")
      terms.delete("internship");
    if (t === "contract" || t === "contractor")
      ["contract", "temporary", "freelance"].forEach((x) => terms.delete(x));
    if (t === "parttime")
      schedules.delete("part");
  }
  if (!schedules.size)
    schedules.add("full");
  return { terms, schedules, minContractMonths: minContractMonths ?? null };
}
function employmentMismatch(e, accepts, jobTypes, excluded = []) {
  if (!accepts)
    return null;
  const wanted = `${jobTypes.join(" or ")}${excluded.length ? ` (not ${excluded.join(" or ")})` : ""}`;
  if (e.terms && accepts.terms.size && !accepts.terms.has(e.terms))
    return `it is ${describe(e)}; you want ${wanted} work`;
  if (e.schedule === "part" && !accepts.schedules.has("part"))
    return `it is part-time; you want ${wanted} work`;
  if (e.months !== null && accepts.minContractMonths !== null && e.months < accepts.minContractMonths) {
    return `it is a ${e.months}-month contract; you take contracts of ${accepts.minContractMonths} months or more`;
  }
  return null;
}
function describe(e) {
  const kind = { permanent: "a permanent position", contract: "a contract", freelance: "freelance work", temporary: "a fixed-term position", internship: "an internship" }[e.terms ?? "permanent"];
  return `${kind}${e.months ? ` (${e.months} months)` : ""}${e.words ? ` ("${e.words}")` : ""}`;
}

// dist/analyze/facts.js
var LEVELS = ["intern", "junior", "mid", "senior", "staff", "principal"];
var FUNCTION_WORDS = {
  en: ["the", "and", "you", "our", "with", "for", "will", "to", "of", "is", "are", "we", "your", "in", "a", "an", "on", "at", "this", "that", "as", "or", "be", "have", "from", "by", "who", "years", "experience"],
  de: ["und", "der", "die", "das", "du", "wir", "mit", "f\xFCr", "sind", "ist", "unser", "unsere", "unserem", "unseren", "deine", "dein", "dich", "dir", "sie", "ein", "eine", "einen", "als", "bei", "zu", "von", "im", "in", "auf", "auch", "oder", "den", "dem", "des", "nicht", "\xFCber", "jahre", "erfahrung"],
  nl: ["het", "een", "en", "je", "jij", "wij", "we", "met", "voor", "van", "onze", "zijn", "bij", "ons", "is", "de", "in", "op", "te", "of", "naar", "ook", "die", "dat", "jaar", "ervaring"],
  es: ["el", "la", "los", "las", "y", "con", "en", "un", "una", "del", "de", "que", "por", "para", "al", "se", "o", "es", "su", "sus", "tu", "tus", "m\xE1s", "como", "desde", "nuestro", "nuestra", "nuestros", "nuestras", "buscamos", "a\xF1os", "trabajo", "experiencia", "equipo", "tambi\xE9n", "sin"],
  pt: ["o", "os", "a", "as", "e", "em", "no", "na", "nos", "nas", "do", "da", "dos", "das", "de", "que", "por", "para", "ao", "se", "ou", "com", "um", "uma", "voc\xEA", "vaga", "buscamos", "nosso", "nossa", "\xE9", "n\xE3o", "anos", "experi\xEAncia", "equipe", "mais", "como", "seu", "sua", "pelo", "pela", "tamb\xE9m", "sem"],
  fr: ["le", "la", "les", "et", "vous", "des", "de", "du", "pour", "avec", "notre", "nos", "est", "un", "une", "nous", "que", "par", "sur", "dans", "au", "aux", "votre", "vos", "ou", "en", "ce", "cette", "ans", "\xE9quipe", "poste", "\xEAtre", "l", "d", "qu"]
};
var LANGUAGES_OF_WORD = /* @__PURE__ */ new Map();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w2 of words)
    LANGUAGES_OF_WORD.set(w2, [...LANGUAGES_OF_WORD.get(w2) ?? [], lang]);
}
function detectLanguage(text) {
  const counts = Object.fromEntries(Object.keys(FUNCTION_WORDS).map((l) => [l, 0]));
  for (const w2 of text.toLowerCase().match(/\p{L}+/gu) ?? [])
    for (const lang of LANGUAGES_OF_WORD.get(w2) ?? [])
      counts[lang]++;
  return Object.entries(counts).reduce((best, cur) => cur[1] > best[1] ? cur : best, ["en", counts.en])[0];
}
var LANGUAGE_NAMES = [
  [/(?<!\p{L})(english|englisch\w*|engels|ingl[eéê]s|anglais)(?!\p{L})/iu, "English"],
  [/(?<!\p{L})(german|deutsch\w*|duits|alem[aá]n|alem[ãa]o|allemand)(?!\p{L})/iu, "German"],
  [/\b(dutch|nederlands|niederl[aä]ndisch\w*|neerland[eé]s|n[eé]erlandais)\b/iu, "Dutch"],
  [/(?<!\p{L})(spanish|espa[nñ]ol|espanhol|castellano|spanisch\w*|spaans|espagnol)(?!\p{L})/iu, "Spanish"],
  [/(?<!\p{L})(french|fran[cç]ais|franz[oö]sisch\w*|frans|franc[eéê]s)(?!\p{L})/iu, "French"],
  [/\b(italian|italiano|italienisch\w*)\b/iu, "Italian"],
  [/(?<!\p{L})(portuguese|portugu[eê]s|portugais|portugiesisch\w*)(?!\p{L})/iu, "Portuguese"],
  [/\b(polish|polski)\b/iu, "Polish"],
  [/\b(swedish|svenska)\b/iu, "Swedish"],
  [/\b(danish|dansk)\b/iu, "Danish"]
];
var OPTIONAL = /(?<![\p{L}\p{N}])(a plus|nice to have|not required|preferred|bonus|advantage|von vorteil|wünschenswert|ein plus|pluspunt|is een plus|se valorar[aá]|valorable|deseable|un plus|apprécié|optional|diferencial|desej[aá]vel)(?![\p{L}\p{N}])/iu;
var REQUIRED = /(?<![\p{L}\p{N}])(required|mandatory|a must|must|essential|fluent|fluency|native|proficien\w*|business[- ]level|excellent|erforderlich|voraussetzung|zwingend|fließend\w*|fliessend|verhandlungssicher\w*|sehr gute?|vereist|vloeiend|goede beheersing|imprescindible|obligatori[oa]|excluyente|requisito|nativo|fluido|avanzado|courant|exig[ée]e?|requis|indispensable|fluente|obrigat[oó]ri[oa]|exigid[oa]|avan[çc]ado)(?![\p{L}\p{N}])/iu;
function levelIn(sentence) {
  const cefr = /\b([ABC][12])\b/.exec(sentence);
  if (cefr)
    return cefr[1];
  if (/\b(native|muttersprach\w*|moedertaal|nativo|langue maternelle)\b/iu.test(sentence))
    return "C1";
  if (/(?<!\p{L})(fluent|fluency|fließend\w*|fliessend\w*|verhandlungssicher\w*|sehr gute?|vloeiend|fluido|fluente|avanzado|avan[çc]ado|courant|excellent|proficien\w*|business[- ]level)(?!\p{L})/iu.test(sentence))
    return "C1";
  return "B2";
}
function requiredLanguagesOf(text) {
  const found = /* @__PURE__ */ new Map();
  for (const sentence of text.split(/(?<=[.!?;:])\s+|\n+/)) {
    const sentenceRequires = REQUIRED.test(sentence) && !OPTIONAL.test(sentence.split(/,/)[0]);
    for (const part of sentence.split(/,|\band\b|\by\b|\bund\b|\ben\b|\bet\b|\bor\b|\boder\b|\be\b|\bou\b/iu)) {
      if (OPTIONAL.test(part))
        continue;
      for (const [re, language] of LANGUAGE_NAMES) {
        if (!re.test(part) || found.has(language))
          continue;
        const stated = /\b([ABC][12])\b/.test(part) || /\b(native|nativo)\b/iu.test(part);
        const bare = part.trim().split(/\s+/).length <= 4;
        if (stated || REQUIRED.test(part) || sentenceRequires && (bare || /kenntnisse|level|nivel|niveau/iu.test(part))) {
          found.set(language, levelIn(REQUIRED.test(part) || stated ? part : sentence));
        }
      }
    }
  }
  return [...found].map(([language, level]) => ({ language, level }));
}
var LEVEL_TITLE = [
  [/(?<!\p{L})(intern(ship)?|werkstudent\w*|praktikum|praktikant\w*|becari[oa]|becario\/a|pr[aá]cticas|pasant[ií]a|est[aá]gio|estagi[aá]ri[oa]|stagiaire|stagiair|stage|alternan(ce|t)|trainee)(?!\p{L})/iu, "intern"],
  [/(?<!\p{L})(j[úu]nior|jr\.?|graduate|entry[- ]level|einsteiger|berufseinsteiger\w*|trainee)(?!\p{L})/iu, "junior"],
  [/\b(principal|distinguished)\b/iu, "principal"],
  [/(?<!technical )\bstaff\b/iu, "staff"],
  // Words ending in an accented letter need letter lookarounds: \b only knows ASCII.
  [/(?<!\p{L})(medior|mid[- ]?level|intermediate|confirm[ée]e?|semi[- ]?senior|ssr|pleno|plena)(?!\p{L})/iu, "mid"],
  [/(?<!\p{L})(s[êe]nior|sr\.?|lead)(?!\p{L})/iu, "senior"],
  [/(?<!\p{L})(exp[ée]riment[ée]e?|erfahrene[rn]?)(?!\p{L})/iu, "senior"],
  [/\b(III|IV)\b/u, "senior"],
  [/\bII\b/u, "mid"],
  [/\bI\b/u, "junior"]
];
var LADDER = { L3: "junior", L4: "mid", L5: "senior", L6: "staff", L7: "principal" };
var TITLE_LEVELS = ["intern", "junior", "mid", "senior", "staff", "principal"];
var EITHER_LEVEL = /\/|(?<!\p{L})(?:or|ou|oder)(?!\p{L})/iu;
function levelOfTitle(title) {
  const ladder = /\b(L[3-7])\b/.exec(title);
  if (ladder)
    return LADDER[ladder[1]];
  const named = LEVEL_TITLE.filter(([re]) => re.test(title)).map(([, level]) => level);
  if (named.length > 1 && EITHER_LEVEL.test(title))
    return named.reduce((a, b) => TITLE_LEVELS.indexOf(b) > TITLE_LEVELS.indexOf(a) ? b : a);
  return named[0] ?? null;
}
var MANAGER_TITLE = /(?<!\p{L})(manager|head of|directora?|vp|vice president|chief|cto|leiter\w*|jefe|jefa|responsable de|teamleider|gerente|coordenador\w*|coordinador\w*|chef d'[ée]quipe|team lead(?:er)?)(?!\p{L})/iu;
var NOT_PEOPLE_MANAGER = /\b(product|project|account|program|programme|marketing|community|success|partner)\s+manager\b/iu;
var MANAGES_PEOPLE = /(?<!\p{L})(lead a team of|manage a team|managing a team|manage (?:and grow )?(?:an? )?(?:engineering |data |ml )?team|lead and grow|hire and grow|hiring and growing|grow the team|people management|line management|direct reports|one-on-ones|1:1s|performance reviews|career growth of|gestionar un equipo|gestionando personas|gesti[oó]n de personas|personas a cargo|evaluaciones de desempe[nñ]o|lider\p{L}* (?:un|una|el|a|o|um|uma) (?:equipo|equipe|time)|gest[ãa]o de pessoas|liderados|avalia[çc][õo]es de desempenho|g[ée]r\p{L}* une [ée]quipe|manag\p{L}* une [ée]quipe|encadr\p{L}* une [ée]quipe|encadrement|dirig\p{L}* une [ée]quipe|management d'[ée]quipe|entretiens annuels|personalverantwortung|f[üu]hrung eines teams|disziplinarische f[üu]hrung|teamleitung|mitarbeitergespr[äa]che)(?!\p{L})/giu;
var INDIVIDUAL_CONTRIBUTOR = /(?<!\p{L})(no direct reports|without direct reports|no people management|not a (?:people )?management role|individual contributor|ic track|ic role|ic position|ic level|hands-on ic|staff-level ic|sin personas a cargo|sin personal a cargo|sin gesti[oó]n de personas|contribuidor individual|colaborador individual|sem gest[ãa]o de pessoas|sem liderados|contributeur individuel|sans encadrement|sans management|ohne personalverantwortung|keine personalverantwortung)(?!\p{L})/iu;
var NEGATES_MANAGEMENT = /(?<!\p{L})(no|not|without|never|sin|sem|n[ãa]o|nem|sans|pas de|aucune?|ohne|kein\w*|nicht)(?!\p{L})[^.;:\n]{0,20}$/iu;
function managementOf(title, description) {
  let ic = INDIVIDUAL_CONTRIBUTOR.exec(`${title}
${description}`)?.[0] ?? null;
  const rest = ic ? description.replace(new RegExp(INDIVIDUAL_CONTRIBUTOR.source, "giu"), " ") : description;
  for (const m of rest.matchAll(MANAGES_PEOPLE)) {
    const before = rest.slice(Math.max(0, m.index - 30), m.index);
    if (!NEGATES_MANAGEMENT.test(before))
      return { manager: true, ic: false, words: m[0] };
    ic ??= `${before.slice(before.search(NEGATES_MANAGEMENT))}${m[0]}`.trim();
  }
  const titled = MANAGER_TITLE.exec(title);
  if (titled && !NOT_PEOPLE_MANAGER.test(title) && !ic)
    return { manager: true, ic: false, words: titled[0] };
  return { manager: false, ic: ic !== null, words: ic };
}
var NUMBER_WORDS2 = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  zwei: 2,
  drei: 3,
  vier: 4,
  f\u00FCnf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  zehn: 10,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  dois: 2,
  duas: 2,
  tr\u00EAs: 3,
  quatro: 4,
  oito: 8,
  dez: 10,
  ocho: 8,
  diez: 10,
  twee: 2,
  drie: 3,
  vijf: 5,
  zes: 6,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  dix: 10
};
function yearsAsked(raw) {
  const text = raw.replace(/\p{L}+/gu, (w2) => NUMBER_WORDS2[w2.toLowerCase()] !== void 0 ? String(NUMBER_WORDS2[w2.toLowerCase()]) : w2);
  const n = "(\\d{1,2})";
  const unit = "(?:years|yrs|jahre|jaar|a\xF1os|anos|ans)";
  const patterns = [
    [new RegExp(`(?:entre|between)\\s+${n}\\s+(?:y|and|e|et)\\s+${n}\\s+${unit}`, "iu"), (m) => ({ min: +m[1], max: +m[2] })],
    [new RegExp(`(?:de\\s+)?${n}\\s*(?:[\u2013-]|to|a|\xE0)\\s*${n}\\s+${unit}`, "iu"), (m) => ({ min: +m[1], max: +m[2] })],
    [new RegExp(`(?:up to|hasta|at[\xE9e]|jusqu'\xE0|bis zu)\\s+${n}\\s+${unit}`, "iu"), (m) => ({ min: 0, max: +m[1] })],
    [new RegExp(`(?:at least|minimum( of)?|mindestens|minimaal|m[i\xED]nim[oa]( de)?|au moins|pelo menos|al menos|por lo menos)\\s+${n}\\s+${unit}`, "iu"), (m) => ({ min: +m[m.length - 1], max: null })],
    [new RegExp(`${n}\\s+${unit}\\s+(?:minimum|m[i\xED]nimo|mindestens|au minimum)`, "iu"), (m) => ({ min: +m[1], max: null })],
    [new RegExp(`${n}\\s*\\+\\s*${unit}`, "iu"), (m) => ({ min: +m[1], max: null })],
    [new RegExp(`${n}\\s+${unit}\\s+(?:d'exp[\xE9e]rience\\s+)?ou plus`, "iu"), (m) => ({ min: +m[1], max: null })],
    [new RegExp(`${n}\\s+(?:or more\\s+)?${unit}(?:\\s+of)?\\s+(?:\\w+\\s+){0,3}(?:experience|erfahrung|ervaring|experiencia|experi\xEAncia|d'exp)`, "iu"), (m) => ({ min: +m[1], max: null })]
  ];
  for (const [re, read] of patterns) {
    const m = re.exec(text);
    if (m)
      return read(m);
  }
  return null;
}
var REMOTE_WORDS = /(?<!\p{L})(remote|fully remote|work from anywhere|remoto|remota|100% remot[oa]|teletrabajo|teletrabalho|remote-first|thuiswerken|t[ée]l[ée]travail|homeoffice|home office|mobiles arbeiten)(?!\p{L})/iu;
var HYBRID_WORDS = /(?<!\p{L})(hybrid|h[ií]brid[oa]|hybride|hybrides|days? in (the|our) office|(one|two|three|four|\d) days? (a|per) week|d[ií]as? (a|por) la semana|dias? por semana|jours? par semaine|tage pro woche)(?!\p{L})/iu;
var ONSITE_WORDS = /(?<!\p{L})(on[- ]?site|in[- ]office|in[- ]person|office[- ]based|office[- ]first|five days a week|5 days a week|presencial|presencialmente|vor ort|op kantoor|sur site|en pr[ée]sentiel|work from our .{2,30} office|based in our .{2,30} office|poste bas[ée]|de lunes a viernes)(?!\p{L})/iu;
function workplaceModeOf(posting) {
  const field = (posting.workplaceType ?? "").toLowerCase().replace(/[^a-z]/g, "");
  const text = `${posting.location ?? ""}
${posting.descriptionText ?? ""}`;
  if (/fully office|five days a week|5 days a week|fully on-?site|cinco d[ií]as|de lunes a viernes/iu.test(text))
    return "onsite";
  if (field === "hybrid" || HYBRID_WORDS.test(text))
    return "hybrid";
  if (["remote", "fullyremote", "telecommute"].includes(field) || REMOTE_WORDS.test(posting.location ?? ""))
    return "remote";
  if (["onsite", "inoffice", "office"].includes(field))
    return "onsite";
  if (REMOTE_WORDS.test(posting.descriptionText ?? "") && !/\bnot remote\b/i.test(posting.descriptionText ?? ""))
    return "remote";
  if (ONSITE_WORDS.test(text))
    return "onsite";
  return null;
}
var SENTENCES = /(?<=[.!?])\s+|\n+/;
var LIMITS_WHERE = /(?<!\p{L})(only|based|located|residing|residents?|reside|live in|must (?:be|live)|within|candidates (?:in|from|anywhere)|open to|between|overlap|anywhere in|hire (?:in|across|from)|hiring (?:in|across|from)|across|from anywhere|time ?zones?|wohnsitz|wohnhaft|innerhalb|residentes?|residir|únicamente|solamente|solo para|desde|somente|apenas|exclusivamente|a partir d[eo]|uniquement|depuis|r[ée]sidant|bas[ée]e? (?:au|en|à)|todo o|toda a|todo el|toda la|qualquer (?:lugar|parte)|cualquier (?:lugar|parte)|toute la|tout le|partout|ouverte? (?:à|aux)|abiert[oa] a|abert[oa] (?:a|para)|[üu]berall)(?!\p{L})/iu;
var REMOTE_SENTENCE = /remot|anywhere|cualquier (?:lugar|parte)|qualquer (?:lugar|parte)|partout|[üu]berall|teletrabajo|teletrabalho|t[ée]l[ée]travail|distribu|time ?zone|UTC|GMT|hire|hiring|contrat|residen|wohn|innerhalb/iu;
function remoteScopeOf(posting) {
  const location = (posting.location ?? "").replace(/(?<!\p{L})(remote|remoto|remota|t[ée]l[ée]travail|teletrabajo|teletrabalho|hybrid)(?!\p{L})/giu, " ");
  const sentences = (posting.descriptionText ?? "").split(SENTENCES).filter((s) => LIMITS_WHERE.test(s) && REMOTE_SENTENCE.test(s));
  const read = [readPlaces(location), ...sentences.map((s) => readPlaces(s, { capitalised: true }))];
  const scope = { countries: [], regions: [], zones: [], worldwide: read.some((r) => r.worldwide) };
  for (const r of read) {
    for (const c of [...r.countries, ...r.cities.map((p) => p.country)])
      if (!scope.countries.includes(c))
        scope.countries.push(c);
    for (const g of r.regions)
      if (!scope.regions.includes(g))
        scope.regions.push(g);
    scope.zones.push(...r.zones);
  }
  const limited = scope.countries.length || scope.regions.length || scope.zones.length;
  if (!limited && !scope.worldwide)
    return { scope: null, words: null };
  return { scope, words: [posting.location, ...sentences].filter(Boolean).join(" | ").slice(0, 200) };
}
var OFFICE_CUE = /(?<!\p{L})(offices?|headquarters|hq|hub|campus|based|located|oficinas?|sede|ubicad[oa]s?|escrit[óo]rio|sediad[oa]|bureaux?|locaux|bas[ée]e?|b[üu]ro|standort|hybrid|h[íi]brid[oa]|hybride|on-?site|in-person|presencial|sur site|vor ort|relocat\w*|move to)(?!\p{L})/giu;
function officesInDescription(description) {
  const found = [];
  for (const m of description.matchAll(OFFICE_CUE)) {
    const from = Math.max(0, m.index - 40);
    const window = description.slice(from, m.index + 90);
    const at = m.index - from;
    const start = Math.max(...[".", ";", "\n", "!", "?"].map((c) => window.lastIndexOf(c, at))) + 1;
    const ends = [".", ";", "\n", "!", "?"].map((c) => window.indexOf(c, at)).filter((i) => i >= 0);
    const clause = window.slice(start, ends.length ? Math.min(...ends) : window.length);
    for (const p of readPlaces(clause, { capitalised: true }).cities)
      if (!found.includes(p))
        found.push(p);
    if (found.length >= 5)
      break;
  }
  return found;
}
var AUTHORIZATION = /(?<!\p{L})(authori[sz]ed to work|authori[sz]ation to work|right to work|work permit|work authori[sz]ation|unable to sponsor|cannot sponsor|can't sponsor|not (?:able to )?sponsor|no (?:visa )?sponsorship|without sponsorship|must (?:already )?(?:have|hold)|citizens? (?:or|and) permanent residents?|permiso de trabajo|autorizaci[oó]n (?:para|de) trabajo|autoriza[çc][ãa]o de (?:resid[êe]ncia e )?trabalho|visto de trabalho|autorisation de travail|permis de travail|arbeitserlaubnis|arbeitsbewilligung|aufenthaltstitel|wohnsitz in|must be located in|candidates must be located|obligatoire de r[ée]sider|obrigat[óo]rio residir)(?!\p{L})/iu;
var SPONSORS = /(?<!\p{L})(sponsor\w* (?:work )?visas?|visa sponsorship (?:is )?(?:available|provided|offered)|we sponsor|relocation (?:package|support|assistance|help)|help (?:you )?(?:with|relocate)|patrocin\w* (?:de )?(?:visa|visto)|apoyo (?:con|para) (?:la )?(?:visa|reubicaci[oó]n)|aux[ií]lio (?:de )?mudan[çc]a|aide (?:à|a) la (?:relocalisation|mobilit[ée])|parrain\w*|unterst[üu]tz\w* (?:bei|mit) (?:visum|umzug)|visum und umzug|umzugs?unterst[üu]tzung|relocation)(?!\p{L})/iu;
var VISA = /(?<!\p{L})(visas?|visum|visto|vistos|visado|work permits?|permis de travail|permiso de trabajo|blaue karte|blue card|employment pass\w*|rot-wei[ßs]-rot-karte|passeport talent|highly skilled migrant|arbeitserlaubnis|aufenthaltstitel)(?!\p{L})/iu;
var TAKES_CARE = /(?<!\p{L})(sponsor\w*|parrain\w*|patrocin\w*|[üu]bernehm\w*|[üu]bernimm\w*|unterst[üu]tz\w*|support\w*|help\w*|assist\w*|accompagn\w*|prise en charge|prenons en charge|offr\w*|offer\w*|provid\w*|ofrec\w*|oferec\w*|apoyo|apoio|ajuda\w*|aide|bieten)(?!\p{L})/iu;
var REFUSES = /(?<!\p{L})(unable|cannot|can't|not|no|without|sin|sem|n[ãa]o|pas|aucun|kein\w*|nicht|leider)(?!\p{L})/iu;
function authorizationOf(description, offices) {
  let sponsorship = false;
  let relocation = false;
  const countries = [];
  let words = null;
  for (const s of description.split(SENTENCES)) {
    const offers = SPONSORS.exec(s);
    if (offers && !REFUSES.test(s.slice(Math.max(0, offers.index - 30), offers.index))) {
      if (/sponsor|visa|visto|visum|parrain|patrocin/iu.test(offers[0]) || VISA.test(s) && !REFUSES.test(s))
        sponsorship = true;
      relocation = true;
      continue;
    }
    if (VISA.test(s) && TAKES_CARE.test(s) && !REFUSES.test(s)) {
      sponsorship = true;
      if (/umzug|relocat|reubica|mudan|d[ée]m[ée]nag/iu.test(s))
        relocation = true;
      continue;
    }
    if (!AUTHORIZATION.test(s))
      continue;
    words ??= s.trim().slice(0, 160);
    const named = readPlaces(s, { capitalised: true });
    const where = named.countries.length ? named.countries : offices.map((o) => o.country).slice(0, 1);
    for (const c of where)
      if (!countries.includes(c))
        countries.push(c);
  }
  return { countries, sponsorship, relocation, words };
}
var factsOf = oncePer(readFacts);
var postingFacts = (posting) => factsOf(forRules(posting));
function readFacts(posting) {
  const description = posting.descriptionText ?? "";
  const mode = workplaceModeOf(posting);
  const evidence = {};
  const where = readPlaces(posting.location ?? "");
  const offices = mode === "remote" ? [] : where.cities.length ? where.cities : officesInDescription(description);
  const officeCountries = mode === "remote" ? [] : where.countries.filter((c) => !offices.some((o) => o.country === c));
  if (offices.length || officeCountries.length)
    evidence.place = posting.location || offices.map((o) => o.name).join(", ");
  const remote = mode === "remote" ? remoteScopeOf(posting) : { scope: null, words: null };
  if (remote.words)
    evidence.remote = remote.words;
  const auth = authorizationOf(description, offices);
  if (auth.words)
    evidence.authorization = auth.words;
  const management = managementOf(posting.title, description);
  if (management.manager && management.words)
    evidence.manager = management.words;
  if (management.ic && management.words)
    evidence.ic = management.words;
  const level = levelOfTitle(posting.title) ?? (/\bmid[- ]level\b/i.test(description) ? "mid" : /\bsenior (individual contributor|engineer)\b/i.test(description) ? "senior" : null);
  if (level)
    evidence.level = posting.title;
  const years = yearsAsked(description);
  if (mode)
    evidence.mode = posting.workplaceType ?? mode;
  const country = offices[0]?.country ?? where.countries[0] ?? remote.scope?.countries[0] ?? null;
  return {
    mode,
    offices,
    officeCountries,
    remote: remote.scope,
    mustBeAuthorizedIn: auth.countries,
    sponsorship: auth.sponsorship,
    relocationHelp: auth.relocation,
    level,
    managerTrack: management.manager,
    icTrack: management.ic,
    years,
    salary: salaryOf(description, country),
    employment: employmentOf(posting.title, description),
    language: detectLanguage(`${posting.title} ${description}`),
    requiredLanguages: requiredLanguagesOf(description),
    evidence
  };
}
var withinZone = (offsets, w2) => offsets.some((o) => o >= w2.from - 0.01 && o <= w2.to + 0.01);

export {
  forRules,
  REGIONS,
  REGION_NAMES,
  loadPlaces,
  zoneOffsets,
  distanceKm,
  DEFAULT_MAX_COMMUTE_KM,
  countryName,
  countryCode,
  placeNamed,
  inRegion,
  readPlaces,
  salaryOf,
  shortfall,
  acceptedBy,
  employmentMismatch,
  LEVELS,
  yearsAsked,
  postingFacts,
  withinZone
};
