// Issue 30, round 5: where a remote role may be done from when the description names it right after the word
// remote, as German and European boards write it in the text rather than the location field ("Remote – Portugal
// or Poland", "Remote in Europa", "Remoto em Portugal"): the location's country alone shut out the rest.
import { beforeAll, describe, expect, it } from 'vitest';
import { remoteScopeOf } from '../../src/analyze/facts.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const inKrakow = profileMaker({
  titles: ['Backend Engineer'], skills: ['Java', 'Kotlin', 'Spring'], seniority: 'senior', yearsOfExperience: 9,
  logistics: { currentResidence: { city: 'Kraków', country: 'Poland' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'Polish', level: 'native' }, { language: 'English', level: 'C1' }],
  preferences: { exclusions: {}, workEnvironments: ['remote'] },
});

describe('a remote scope named right after "remote" in the description', () => {
  it.each([
    ['Lisboa, Portugal', 'Java e Spring Boot. Remote – Portugal or Poland. Permanent contract.', 'PL'],
    ['Madrid, España', 'Stack: Kotlin. Remoto: España o Polonia. Idioma de trabajo: inglés. Contrato indefinido.', 'PL'],
    ['Wien', 'Kotlin, Spring. Remote (Österreich, Polen, Tschechien). Unbefristet.', 'PL'],
  ])('in %s: "%s" admits %s', (location, text, country) => {
    expect(remoteScopeOf(posting('Senior Backend Engineer', location, 'remote', text)).scope?.countries).toContain(country);
    expect(preGate(posting('Senior Backend Engineer', location, 'remote', text), inKrakow())).toBeNull();
  });
  it('reads "Remote in Europa" as Europe, not the office\'s country', () => {
    const p = posting('Staff Engineer Backend (m/w/d)', 'Berlin', 'remote', 'Java und Kotlin; Englisch als Arbeitssprache. Remote in Europa (CET ± 2 Stunden). Unbefristet.');
    expect(remoteScopeOf(p).scope?.regions.length).toBeGreaterThan(0);
    expect(preGate(p, inKrakow())).toBeNull();
  });
  it('still limits a role to the country it names: "Remoto em Portugal" keeps Kraków out', () => {
    const p = posting('Engenheiro de Software Backend', 'Porto, Portugal', 'remote', 'Java, Spring. Remoto em Portugal. Contrato sem termo.');
    expect(remoteScopeOf(p).scope?.countries).toEqual(['PT']);
    expect(preGate(p, inKrakow())).toMatch(/remote only/);
  });
  it('does not take "remote-first" or a remote word without a place as a limit', () => {
    expect(remoteScopeOf(posting('Backend Engineer', 'Berlin', 'remote', 'We are remote-first. Remote: yes, fully.')).scope?.countries).toEqual(['DE']);
  });
});
