// Issue 30, round 8: readings dev8 showed missing in postings. German offers a visa with its own verb ("Wir sponsern
// dein Visum") and a move with "Umzugspaket"; a posting that hires "as full-time contractors" (plural) offers a
// contractor's terms, not employment; a city-state named in the posting's language ("Singapour", "Singapur") is the
// city, so an office there is compared as one.
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedBy, employmentMismatch, employmentOf } from '../../src/analyze/employment.js';
import { postingFacts } from '../../src/analyze/facts.js';
import { loadPlaces, readPlaces } from '../../src/analyze/places.js';
import { posting } from '../helpers/analysis.js';

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
