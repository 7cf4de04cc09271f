// Issue 30, round 8: readings dev8 showed missing in postings. German offers a visa with its own verb ("Wir sponsern
// dein Visum") and a move with "Umzugspaket"; a posting that hires "as full-time contractors" (plural) offers a
// contractor's terms, not employment; a city-state named in the posting's language ("Singapour", "Singapur") is the
// city, so an office there is compared as one.
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedBy, employmentMismatch, employmentOf } from '../../src/analyze/employment.js';
import { postingFacts } from '../../src/analyze/facts.js';
import { loadPlaces, readPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const facts = (description: string, title = 'Senior Android Engineer (m/w/d)', location: string | null = 'Berlin') =>
  postingFacts(posting(title, location, 'hybrid', description));

describe('German visa and move offers', () => {
  it('"Wir sponsern dein Visum (Blaue Karte EU) und zahlen ein Umzugspaket" offers both', () => {
    const f = facts('Wir bieten\n- Unbefristeter Vertrag\n- Wir sponsern dein Visum (Blaue Karte EU) und zahlen ein Umzugspaket');
    expect(f.sponsorship).toBe(true);
    expect(f.relocationHelp).toBe(true);
  });
  it('"Das Visum wird gesponsert" offers a visa', () => {
    expect(facts('Das Visum wird von uns gesponsert.').sponsorship).toBe(true);
  });
  it('guard: "Ein Visum können wir leider nicht sponsern" offers none', () => {
    expect(facts('Ein Visum können wir leider nicht sponsern.').sponsorship).toBe(false);
  });
});

describe('contractors in the plural', () => {
  it.each([
    'In Brazil, Argentina and Colombia we hire as full-time contractors.',
    'Outside the US we engage engineers as independent contractors.',
  ])('"%s" offers a contractor\'s terms', (sentence) => {
    expect(employmentOf('Senior iOS Engineer', `Remote within Americas time zones. ${sentence}`).terms).toBe('contract');
  });
  it('guard: "no contractors" and "permanent, not contractors" are not a contract', () => {
    expect(employmentOf('Senior iOS Engineer', 'Permanent employment; no contractors or agencies.').terms).toBe('permanent');
  });
  it.each([
    ['Permanent, full-time. You will coordinate external contractors and vendors.', 'permanent'],
    ['You will coordinate external contractors and vendors. Permanent, full-time.', 'permanent'],
    ['Full-time role. Manage our network of contractors.', null],
  ] as const)('the contractors a role works with are not its terms: "%s"', (text, terms) => expect(employmentOf('IT Operations Lead', text).terms).toBe(terms));
});

describe('a city-state in another language', () => {
  it.each(['Singapour', 'Singapur', 'Tanjong Pagar, Singapour'])('"%s" names the city of Singapore', (text) => {
    expect(readPlaces(text, { capitalised: true }).cities.map((c) => c.country)).toContain('SG');
  });
  it('guard: a country that is not a city-state gives no city', () => {
    expect(readPlaces('Allemagne', { capitalised: true }).cities).toEqual([]);
  });
});

describe('employment offered either way', () => {
  it('"CLT ou PJ" suits a candidate who takes contract work only', () => {
    const e = employmentOf('Engenheiro(a) iOS Sênior', 'Remoto (Brasil). Regime CLT ou PJ, à sua escolha.');
    expect(employmentMismatch(e, acceptedBy(['contract']), ['contract'])).toBeNull();
  });
  it('guard: "CLT ou PJ" still suits a permanent-only candidate, and CLT alone does not suit a contract-only one', () => {
    const either = employmentOf('Engenheiro(a) iOS Sênior', 'Regime CLT ou PJ.');
    expect(employmentMismatch(either, acceptedBy(['full-time']), ['full-time'])).toBeNull();
    const clt = employmentOf('Engenheiro(a) iOS Sênior', 'Contratação CLT.');
    expect(employmentMismatch(clt, acceptedBy(['contract']), ['contract'])).not.toBeNull();
  });
});

describe('a move to named cities, on a condition', () => {
  // As derived from "Aberta a mudança para Lisboa ou Berlim apenas com patrocínio de visto e pacote de relocação".
  const rio = profileMaker({
    titles: ['Engenheira de Software Mobile Sênior'], skills: ['Kotlin', 'Android', 'iOS', 'Swift', 'SwiftUI'], seniority: 'senior', yearsOfExperience: 10,
    logistics: {
      currentResidence: { city: 'Rio de Janeiro', country: 'Brazil', countryCode: 'BR' }, willingToRelocate: true, workAuthorization: [],
      relocation: { countries: ['PT', 'DE'], requires: ['sponsorship', 'relocation support'], cities: ['Lisboa', 'Berlim'] },
    },
    languages: [{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }],
    preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid'] },
  })();
  const offer = '- Arbeitssprache ist Englisch; Deutsch ist kein Muss\n- Unbefristet, hybrid\n- Wir übernehmen die Kosten für Visum und Umzug';
  it('an office in another city of that country is no move she names', () => {
    expect(preGate(posting('Senior iOS Developer (m/w/d)', 'Hamburg', 'hybrid', `Swift und SwiftUI.\n${offer}`), rio)).toMatch(/Lisboa|Berlim|Lisbon|Berlin/u);
  });
  it('guard: an office in a city she names, with sponsorship and relocation, is a move she makes', () => {
    expect(preGate(posting('Senior iOS Developer (m/w/d)', 'Berlin', 'hybrid', `Swift und SwiftUI.\n${offer}`), rio)).toBeNull();
  });
});
