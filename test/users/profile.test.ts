// Candidate profiles as users bring them: the original app's shape, the first releases' spellings, and
// one derived from a CV when no profile is given.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { isAuthorized, readLanguageLevel, validateProfile } from '../../src/analyze/profile.js';
import { deriveProfileFromCv, languagesFrom, titlesFrom, yearsOfExperience } from '../../src/users/cvProfile.js';

// The rules read places from the gazetteer, loaded once as a tick loads it.
beforeAll(() => loadPlaces());

/** The original Scoutly app's candidate profile, as its export writes it. */
const ORIGINAL = {
  logistics: {
    currentResidence: { city: 'Utrecht', country: 'Netherlands', countryCode: 'NL', timezone: 'Europe/Amsterdam' },
    willingToRelocate: false,
    workAuthorization: [{ region: 'European Union', regionCode: 'EU', status: 'citizen' }, { region: 'United States', regionCode: 'US', status: 'requires_sponsorship' }],
  },
  languages: [{ language: 'English', level: 'C1' }, { language: 'Dutch', level: 'Native' }, { language: 'German', level: 'basic' }],
  preferences: {
    careerGoals: 'Grow into a staff backend role',
    jobTypes: ['Full-time'],
    workEnvironments: ['Remote', 'Hybrid'],
    companySizes: ['51-200', '201-1000'],
    exclusions: { industries: ['gambling'], technologies: ['PHP'], roleTypes: ['sales'] },
  },
};

describe('profiles', () => {
  it('accepts the original app\'s shape as is, levels and work environments read', () => {
    const r = validateProfile(ORIGINAL);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.logistics.currentResidence).toMatchObject({ city: 'Utrecht', countryCode: 'NL' });
    expect(r.profile.logistics.workAuthorization.map((a) => [a.regionCode, isAuthorized(a.status)])).toEqual([['EU', true], ['US', false]]);
    expect(r.profile.languages.map((l) => l.level)).toEqual(['C1', 'native', 'A2']);
    expect(r.profile.preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(r.profile.preferences.careerGoals).toEqual(['Grow into a staff backend role']);
  });

  it('still reads the first releases\' spellings (residence, a workAuthorization record)', () => {
    const r = validateProfile({ logistics: { residence: { country: 'Netherlands' }, workAuthorization: { EU: true, US: false } } });
    expect(r.ok && r.profile.logistics).toMatchObject({ currentResidence: { country: 'Netherlands' },
      workAuthorization: [{ region: 'EU', status: 'authorized' }, { region: 'US', status: 'not_authorized' }] });
  });

  it.each([
    [{ languages: [{ language: 'Dutch', level: 'somewhat' }] }, 'languages.0.level'],
    [{ preferences: { workEnvironments: ['beach'] } }, 'preferences.workEnvironments.0'],
    [{ logistics: { workAuthorization: [{ status: 'citizen' }] } }, 'logistics.workAuthorization.0.region'],
  ])('names the field of a bad value: %j', (profile, field) => {
    const r = validateProfile(profile);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(field);
  });

  it.each([['C1', 'C1'], ['b2', 'B2'], ['Native speaker', 'native'], ['fluent', 'C1'], ['Professional working proficiency', 'B2'], ['nativo', 'native'], ['??', null]])(
    'reads the level "%s"', (raw, level) => expect(readLanguageLevel(raw)).toBe(level));
});

const CV_EN = `# Jane Roe
Utrecht, Netherlands · jane@example.com

## Experience
- 2021–present: Senior Backend Engineer, Acme (TypeScript, Node.js, PostgreSQL, Kubernetes)
- 2017 - 2021 | Software Engineer @ Globex (Java, Spring Boot, Kafka)
- 2015–2017: Junior Developer, Initech (PHP, MySQL)

## Languages
English (C1), Dutch – native, German: basic
`;

const CV_ES = `Lucía Martín
Analista de datos · Madrid

Experiencia
2022 - actualidad  Analista de Datos, Globex Iberia. SQL, Power BI, Excel, Python (pandas).
2020 - 2022  Becaria (Prácticas) de Business Intelligence, Initech. Tableau.

Idiomas: Español nativo, Inglés B2, Catalán C1
`;

describe('a profile derived from the CV', () => {
  it('an English CV: skills, recent titles, seniority, years, languages and city', () => {
    const p = deriveProfileFromCv(CV_EN, Date.UTC(2026, 10, 27));
    expect(p.skills).toEqual(expect.arrayContaining(['TypeScript', 'Node.js', 'PostgreSQL', 'Kubernetes', 'Java', 'Spring', 'Kafka', 'PHP', 'MySQL']));
    expect(p.titles).toEqual(['Senior Backend Engineer', 'Software Engineer', 'Junior Developer']);
    expect(p.seniority).toBe('senior');
    expect(p.yearsOfExperience).toBe(11);
    expect(p.languages).toEqual([{ language: 'English', level: 'C1' }, { language: 'Dutch', level: 'native' }, { language: 'German', level: 'A2' }]);
    expect(p.logistics.currentResidence).toEqual({ city: 'Utrecht', country: 'Netherlands', countryCode: 'NL', timezone: 'Europe/Amsterdam' });
    expect(validateProfile(p).ok).toBe(true);
  });

  it('a Spanish CV: the analyst\'s tools, her title, languages in Spanish, Madrid', () => {
    const p = deriveProfileFromCv(CV_ES, Date.UTC(2026, 10, 27));
    expect(p.skills).toEqual(expect.arrayContaining(['SQL', 'Power BI', 'Excel', 'Python', 'pandas', 'Tableau']));
    expect(p.titles[0]).toBe('Analista de datos'); // the headline under her name
    expect(p.yearsOfExperience).toBe(6);
    expect(p.seniority).toBe('mid');
    expect(p.languages).toEqual([{ language: 'Spanish', level: 'native' }, { language: 'English', level: 'B2' }, { language: 'Catalan', level: 'C1' }]);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Madrid', countryCode: 'ES' });
  });

  it('rules on their own', () => {
    expect(yearsOfExperience('2010 – 2012, 2011–2014, 2020 to now', 2026)).toBe(4 + 6);
    expect(yearsOfExperience('born 1990', 2026)).toBeNull();
    expect(titlesFrom('I am an engineer who loves building things\nStaff Engineer, Hooli')).toEqual(['Staff Engineer']);
    expect(languagesFrom('English and German')).toEqual([]); // no level stated: nothing assumed
  });
});
