// The world regions remote postings name (EMEA, LatAm, APAC, DACH …) as sets of ISO country codes, the words
// for them in the five posting languages, and the state and province codes that follow a city. Pure data.

const codes = (list: string) => list.split(' ');

const EU = codes('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE');
const EUROPE = [...EU, ...codes('AD AL AX BA BY CH FO GB GG GI IM IS JE LI MC MD ME MK NO RS RU SJ SM UA VA XK')];
const MIDDLE_EAST = codes('AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE');
const NORTH_AFRICA = codes('DZ EG LY MA TN EH SD');
const AFRICA = [...NORTH_AFRICA, ...codes('AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MR MU YT MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS TZ TG UG ZM ZW')];
// Africa's parts as African employers name them ("Remote in West Africa only", "East Africa"): the UN's western and
// eastern Africa, and southern Africa as the Southern African Development Community's mainland south.
const WEST_AFRICA = codes('BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH');
const EAST_AFRICA = codes('BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW');
const SOUTHERN_AFRICA = codes('ZA BW LS NA SZ ZW ZM MZ MW AO');
// Geography, not the narrower "US and Canada" some postings mean: a posting that means that says so.
const NORTH_AMERICA = codes('US CA MX GL BM PM');
const CENTRAL_AMERICA = codes('BZ CR SV GT HN NI PA');
const CARIBBEAN = codes('AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI');
const SOUTH_AMERICA = codes('AR BO BR CL CO EC FK GF GY PE PY SR UY VE');
const EAST_ASIA = codes('CN HK JP KP KR MN MO TW');
const SOUTH_EAST_ASIA = codes('BN KH ID LA MM MY PH SG TH TL VN');
const SOUTH_ASIA = codes('AF BD BT IN LK MV NP PK');
const CENTRAL_ASIA = codes('KZ KG TJ TM UZ');
const OCEANIA = codes('AU NZ FJ PG SB VU NC PF WS TO KI FM MH NR PW TV CK NU');

/** Regions by id, each a set of country codes. */
export const REGIONS = {
  eu: EU,
  europe: EUROPE,
  emea: [...EUROPE, ...MIDDLE_EAST, ...AFRICA],
  'middle-east': MIDDLE_EAST,
  mena: [...MIDDLE_EAST, ...NORTH_AFRICA],
  africa: AFRICA,
  'west-africa': WEST_AFRICA,
  'east-africa': EAST_AFRICA,
  'southern-africa': SOUTHERN_AFRICA,
  'north-africa': NORTH_AFRICA,
  americas: [...NORTH_AMERICA, ...CENTRAL_AMERICA, ...CARIBBEAN, ...SOUTH_AMERICA],
  'north-america': NORTH_AMERICA,
  // Latin America: Mexico, Central and South America and the Spanish-, Portuguese- and French-speaking Caribbean.
  latam: [...codes('MX'), ...CENTRAL_AMERICA, ...SOUTH_AMERICA, ...codes('CU DO PR HT')],
  'south-america': SOUTH_AMERICA,
  'central-america': CENTRAL_AMERICA,
  apac: [...EAST_ASIA, ...SOUTH_EAST_ASIA, ...SOUTH_ASIA, ...OCEANIA],
  asia: [...EAST_ASIA, ...SOUTH_EAST_ASIA, ...SOUTH_ASIA, ...CENTRAL_ASIA],
  'south-east-asia': SOUTH_EAST_ASIA,
  oceania: OCEANIA,
  anz: codes('AU NZ'),
  dach: codes('DE AT CH'),
  nordics: codes('DK FI IS NO SE'),
  benelux: codes('BE NL LU'),
} satisfies Record<string, string[]>;
export type RegionId = keyof typeof REGIONS;

/** How each region is written in English, Spanish, Portuguese, French and German (compared without case or accents). */
export const REGION_WORDS: [RegionId, string[]][] = [
  ['eu', ['EU', 'E.U.', 'EEA', 'European Union', 'Unión Europea', 'União Europeia', 'Union européenne', 'Europäische Union', 'UE', 'EU-weit']],
  ['europe', ['Europe', 'European', 'Europa', 'Europas', 'europeo', 'europea', 'europeu', 'européen', 'européenne', 'europäischen', 'europaweit', 'CET time zone']],
  ['emea', ['EMEA']],
  ['mena', ['MENA']],
  ['middle-east', ['Middle East', 'Oriente Medio', 'Oriente Médio', 'Moyen-Orient', 'Naher Osten', 'Nahost']],
  ['africa', ['Africa', 'African', 'África', 'Afrique', 'Afrika', 'Sub-Saharan Africa', 'africano', 'africain', 'continente africano', 'continent africain']],
  ['west-africa', ['West Africa', 'Western Africa', 'West African', 'África Occidental', 'África Ocidental', 'Afrique de l\'Ouest', 'Westafrika']],
  ['east-africa', ['East Africa', 'Eastern Africa', 'East African', 'África Oriental', 'Afrique de l\'Est', 'Ostafrika']],
  ['southern-africa', ['Southern Africa', 'África Austral', 'Afrique australe', 'südliches Afrika']],
  ['north-africa', ['North Africa', 'Northern Africa', 'África del Norte', 'Norte de África', 'Norte da África', 'Afrique du Nord', 'Nordafrika', 'Maghreb']],
  ['americas', ['Americas', 'the Americas', 'Américas', 'Amériques', 'North and South America']],
  ['north-america', ['North America', 'North American', 'Norteamérica', 'América del Norte', 'América do Norte', 'Amérique du Nord', 'Nordamerika']],
  ['latam', ['LATAM', 'LatAm', 'Latin America', 'Latin American', 'Latinoamérica', 'Latinoamerica', 'América Latina', 'Amérique latine', 'Lateinamerika', 'LAC']],
  ['south-america', ['South America', 'Sudamérica', 'Suramérica', 'América del Sur', 'América do Sul', 'Amérique du Sud', 'Südamerika']],
  ['central-america', ['Central America', 'Centroamérica', 'América Central', 'Amérique centrale', 'Mittelamerika']],
  ['apac', ['APAC', 'APJ', 'Asia-Pacific', 'Asia Pacific', 'Asia-Pacífico', 'Ásia-Pacífico', 'Asie-Pacifique', 'Asien-Pazifik']],
  ['asia', ['Asia', 'Ásia', 'Asie', 'Asien']],
  ['south-east-asia', ['Southeast Asia', 'South-East Asia', 'SEA', 'Sudeste Asiático', 'Asie du Sud-Est', 'Südostasien']],
  ['oceania', ['Oceania', 'Océanie', 'Ozeanien']],
  ['anz', ['ANZ', 'Australia and New Zealand', 'Australia & New Zealand']],
  ['dach', ['DACH', 'D-A-CH', 'DACH-Region', 'DACH-Raum', 'DACH region']],
  ['nordics', ['Nordics', 'Nordic countries', 'Scandinavia', 'Nordic region']],
  ['benelux', ['Benelux']],
];

/** "Anywhere": remote open to every country. */
export const WORLDWIDE_WORDS = ['worldwide', 'anywhere', 'anywhere in the world', 'global', 'globally', 'fully distributed', 'todo el mundo',
  'cualquier lugar', 'cualquier país', 'qualquer lugar', 'qualquer país', 'mundo todo', 'partout dans le monde', "n'importe où", 'monde entier', 'weltweit', 'überall', 'qualquer lugar do mundo',
  'überall auf der Welt', 'auf der ganzen Welt', 'in der ganzen Welt', 'cualquier parte del mundo', 'qualquer parte do mundo'];

/**
 * Region and worldwide words that prose writes in lower case and that mean nothing else ("europaweit", "weltweit",
 * "n'importe où dans le monde"): read in a description too, where other names count only when capitalised.
 * Not "global" or "anywhere", which prose uses for other things ("a global company", "anywhere in Germany").
 */
export const PROSE_REGION_WORDS = ['europaweit', 'EU-weit', 'weltweit', "n'importe où", 'monde entier', 'partout dans le monde', 'anywhere in the world',
  'todo el mundo', 'mundo todo', 'qualquer lugar do mundo', 'continente africano', 'continent africain',
  // "Arbeite von überall auf der Welt", "desde cualquier parte del mundo": the world, not "überall in Deutschland".
  'überall auf der Welt', 'auf der ganzen Welt', 'in der ganzen Welt', 'cualquier parte del mundo', 'qualquer parte do mundo'];

/**
 * First-level divisions written after a city ("Austin, TX", "London, ON", "Contagem, MG"), as GeoNames codes
 * them: a US state is its postal code; Canadian, Australian and Brazilian ones are numbers.
 */
export const DIVISIONS: Record<string, Record<string, string>> = {
  US: Object.fromEntries(('AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut DE:Delaware DC:District_of_Columbia FL:Florida ' +
    'GA:Georgia HI:Hawaii ID:Idaho IL:Illinois IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana ME:Maine MD:Maryland MA:Massachusetts ' +
    'MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri MT:Montana NE:Nebraska NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico ' +
    'NY:New_York NC:North_Carolina ND:North_Dakota OH:Ohio OK:Oklahoma OR:Oregon PA:Pennsylvania RI:Rhode_Island SC:South_Carolina ' +
    'SD:South_Dakota TN:Tennessee TX:Texas UT:Utah VT:Vermont VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin WY:Wyoming')
    .split(' ').flatMap((pair) => { const [code, name] = pair.split(':') as [string, string]; return [[code, code], [name.replace(/_/g, ' '), code]]; })),
  CA: { AB: '01', Alberta: '01', BC: '02', 'British Columbia': '02', MB: '03', Manitoba: '03', NB: '04', 'New Brunswick': '04', NL: '05',
    'Newfoundland and Labrador': '05', NS: '07', 'Nova Scotia': '07', ON: '08', Ontario: '08', PE: '09', PEI: '09', 'Prince Edward Island': '09',
    QC: '10', Québec: '10', Quebec: '10', SK: '11', Saskatchewan: '11', YT: '12', Yukon: '12', NT: '13', NU: '14', Nunavut: '14' },
  AU: { ACT: '01', NSW: '02', 'New South Wales': '02', NT: '03', 'Northern Territory': '03', QLD: '04', Queensland: '04', SA: '05',
    'South Australia': '05', TAS: '06', Tasmania: '06', VIC: '07', Victoria: '07', WA: '08', 'Western Australia': '08' },
  BR: { AC: '01', AL: '02', AP: '03', AM: '04', BA: '05', CE: '06', DF: '07', 'Distrito Federal': '07', ES: '08', GO: '29', MA: '13', MT: '14',
    MS: '11', MG: '15', 'Minas Gerais': '15', PA: '16', PB: '17', PR: '18', 'Paraná': '18', PE: '30', Pernambuco: '30', PI: '20', RJ: '21',
    'Rio de Janeiro': '21', RN: '22', RS: '23', 'Rio Grande do Sul': '23', RO: '24', RR: '25', SC: '26', 'Santa Catarina': '26', SP: '27',
    'São Paulo': '27', SE: '28', TO: '31', Bahia: '05', 'Ceará': '06', 'Goiás': '29' },
};

/** UTC offsets (hours, standard time) of the zone abbreviations postings use for a working-hours window. */
export const ZONE_ABBREVIATIONS: Record<string, number> = {
  HST: -10, AKST: -9, PT: -8, PST: -8, PDT: -8, MT: -7, MST: -7, MDT: -7, CT: -6, CST: -6, CDT: -6, ET: -5, EST: -5, EDT: -5, AST: -4,
  BRT: -3, ART: -3, CLT: -4, COT: -5, UTC: 0, GMT: 0, WET: 0, BST: 0, CET: 1, CEST: 1, MEZ: 1, MESZ: 1, WEZ: 0, OEZ: 2, WAT: 1, EET: 2, EEST: 2, CAT: 2, SAST: 2, EAT: 3,
  MSK: 3, GST: 4, PKT: 5, IST: 5.5, ICT: 7, WIB: 7, SGT: 8, HKT: 8, PHT: 8, AWST: 8, JST: 9, KST: 9, AEST: 10, AEDT: 10, NZST: 12,
};

/** How a region is named in reasons. */
export const REGION_NAMES: Record<RegionId, string> = {
  eu: 'the EU', europe: 'Europe', emea: 'EMEA', 'middle-east': 'the Middle East', mena: 'MENA', africa: 'Africa', 'west-africa': 'West Africa',
  'east-africa': 'East Africa', 'southern-africa': 'Southern Africa', 'north-africa': 'North Africa', americas: 'Americas',
  'north-america': 'North America', latam: 'Latin America', 'south-america': 'South America', 'central-america': 'Central America', apac: 'APAC',
  asia: 'Asia', 'south-east-asia': 'South-East Asia', oceania: 'Oceania', anz: 'Australia and New Zealand', dach: 'DACH', nordics: 'the Nordics', benelux: 'Benelux',
};
