// Issue 30's readings of how postings are written, each on its own and through the pre-gate and the offline
// analyzer: places from the gazetteer (commute by distance, remote scope by country, region and time zone),
// pay across currencies and periods, employment type, IC or manager, the main stack against mentions and
// negation over lists, level in both directions, and posting language (Portuguese among them).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { preGate } from '../../src/analyze/pregate.js';
import { detectLanguage, managementOf, postingFacts } from '../../src/analyze/facts.js';
import { employmentOf } from '../../src/analyze/employment.js';
import { mentionOf } from '../../src/analyze/mentions.js';
import { salaryOf, shortfall } from '../../src/analyze/pay.js';
import { distanceKm, loadPlaces, placeNamed, readPlaces } from '../../src/analyze/places.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const profile = profileMaker({
  titles: ['Backend Engineer'], skills: ['Java', 'Kotlin', 'Spring', 'PostgreSQL'], seniority: 'senior', yearsOfExperience: 9,
  logistics: { currentResidence: { city: 'Toronto', country: 'Canada' }, willingToRelocate: false, workAuthorization: [{ region: 'Canada', regionCode: 'CA', status: 'citizen' }] },
  languages: [{ language: 'English', level: 'native' }, { language: 'French', level: 'B2' }],
  preferences: { jobTypes: ['full-time'], workEnvironments: ['remote', 'hybrid'], exclusions: { roleTypes: ['management'], technologies: ['PHP'] } },
  salaryFloor: { amount: 150000, currency: 'CAD', period: 'year' },
});
const JAVA = 'Full-time, permanent. Java and Spring Boot services on PostgreSQL. 6+ years of experience.';

describe('places from the gazetteer', () => {
  it.each([
    ['Mississauga, ON', 'CA', 'Mississauga'], ['London, ON', 'CA', 'London'], ['London', 'GB', 'London'], ['Bangalore, India', 'IN', 'Bengaluru'],
    ['São Paulo, SP', 'BR', 'São Paulo'], ['Sao Paulo', 'BR', 'São Paulo'], ['Bogota', 'CO', 'Bogotá'], ['München', 'DE', 'Munich'],
    ['Ciudad de México', 'MX', 'Mexico City'], ['Austin, TX', 'US', 'Austin'], ['Santiago, Chile', 'CL', 'Santiago'], ['Contagem, MG', 'BR', 'Contagem'],
  ])('"%s" is a city in %s (%s)', (text, country, name) => {
    const read = readPlaces(text);
    expect(read.cities[0]).toMatchObject({ country, name });
  });

  it('reads countries in five languages, regions and time-zone windows, and codes only in capitals', () => {
    expect(readPlaces('Remoto (Brasil)').countries).toEqual(['BR']);
    expect(readPlaces('Télétravail depuis l\'Allemagne ou l\'Espagne', { capitalised: true }).countries).toEqual(['DE', 'ES']);
    expect(readPlaces('Remote - LATAM').regions).toEqual(['latam']);
    expect(readPlaces('Remote (EMEA)').regions).toEqual(['emea']);
    expect(readPlaces('Remote, US/Canada time zones').zones.length).toBe(2);
    expect(readPlaces('you must work between UTC-8 and UTC-3').zones).toEqual([{ from: -8, to: -3 }]);
    expect(readPlaces('tell us about yourself', { capitalised: true }).countries).toEqual([]);
  });

  it('measures commutes', () => {
    const toronto = placeNamed('Toronto', 'CA')!;
    expect(distanceKm(toronto, placeNamed('Mississauga', 'CA')!)).toBeLessThan(50);
    expect(distanceKm(toronto, placeNamed('Waterloo', 'CA')!)).toBeGreaterThan(50);
  });

  it.each([
    [posting('Senior Backend Engineer', 'Mississauga, ON', 'hybrid', JAVA), null],
    [posting('Senior Backend Engineer', 'Kitchener, ON', 'hybrid', JAVA), /^place: the office is in Kitchener, Canada \(hybrid\) \(\d+ km from home; you commute up to 50 km\)/],
    [posting('Senior Backend Engineer', 'Ottawa, ON', 'hybrid', JAVA), /you do not relocate/],
    [posting('Senior Backend Engineer', 'Remote - Canada', 'remote', JAVA), null],
    [posting('Senior Backend Engineer', 'Remote (US/Canada time zones)', 'remote', JAVA), null],
    [posting('Senior Backend Engineer', 'Remote - EMEA', 'remote', JAVA), /^place: remote only for people in EMEA/],
    [posting('Senior Backend Engineer', 'Remote', 'remote', `${JAVA} You must work between UTC+5 and UTC+9.`), /^place: remote only for people in UTC\+5 to UTC\+9/],
    [posting('Senior Backend Engineer', 'Remote', 'remote', `${JAVA} We hire across the Americas.`), null],
    [posting('Senior Backend Engineer', 'Austin, TX', null, JAVA), /^place: the office is in Austin, United States/],
  ])('place: %j', (p, expected) => {
    const gate = preGate(p, profile());
    if (expected === null) expect(gate).toBeNull();
    else expect(gate).toMatch(expected);
  });

  it('reads maxCommuteKm from the profile', () => {
    const p = posting('Senior Backend Engineer', 'Kitchener, ON', 'hybrid', JAVA);
    expect(preGate(p, profile({ logistics: { currentResidence: { city: 'Toronto', country: 'Canada' }, willingToRelocate: false, maxCommuteKm: 120 } }))).toBeNull();
  });

  it('a move abroad counts only when the candidate\'s own condition is met', () => {
    const movesWithSponsorship = profile({ logistics: { currentResidence: { city: 'Toronto', country: 'Canada' }, relocation: { countries: ['Germany'], requires: ['sponsorship'] } } });
    expect(preGate(posting('Senior Backend Engineer', 'Berlin, Germany', 'hybrid', `${JAVA} We sponsor work visas.`), movesWithSponsorship)).toBeNull();
    expect(preGate(posting('Senior Backend Engineer', 'Berlin, Germany', 'hybrid', `${JAVA} We are unable to sponsor visas.`), movesWithSponsorship)).toMatch(/^place: /);
    expect(preGate(posting('Senior Backend Engineer', 'Lisbon, Portugal', 'hybrid', `${JAVA} We sponsor work visas.`), movesWithSponsorship)).toMatch(/you would move only to Germany/);
  });
});

describe('pay', () => {
  it.each([
    ['Salary: $170,000 – $200,000 per year', { min: 170000, max: 200000, currency: 'USD', period: 'year' }],
    ['CLP 2.800.000 – 3.300.000 brutos mensuales', { min: 2800000, max: 3300000, currency: 'CLP', period: 'month' }],
    ['Remuneração: R$ 7.000 a R$ 9.000 por mês', { min: 7000, max: 9000, currency: 'BRL', period: 'month' }],
    ['₹18–24 LPA', { min: 1800000, max: 2400000, currency: 'INR', period: 'year' }],
    ['Rate: $95/hour', { max: 95, currency: 'USD', period: 'hour' }],
    ['Tagessatz 650 € pro Tag', { max: 650, currency: 'EUR', period: 'day' }],
    ['45.000 € brutos anuales', { max: 45000, currency: 'EUR', period: 'year' }],
  ])('reads "%s"', (text, pay) => expect(salaryOf(text)).toMatchObject(pay));

  it('reads "$" as the local dollar or peso, and funding is not pay', () => {
    expect(salaryOf('$60,000 - $80,000 a year', 'CA')?.currency).toBe('CAD');
    expect(salaryOf('Sueldo: $2.500.000 mensuales', 'CL')?.currency).toBe('CLP');
    expect(salaryOf('We raised $40M in Series B funding last year.')).toBeNull();
  });

  it('compares the top of a band with a floor in another currency and period', () => {
    const floor = { amount: 150000, currency: 'CAD', period: 'year' as const };
    expect(shortfall(salaryOf('USD 120,000 – 140,000')!, floor)!.under).toBe(0); // 140k USD ≈ 191k CAD
    expect(shortfall(salaryOf('$40/hour', 'US')!, floor)!.under).toBeGreaterThan(0.15); // 2,000 h × 40 = 80k USD ≈ 109k CAD
  });

  it('a top under the floor is a concern and not a match; well under (15 % by default, configurable) an exclusion', () => {
    const p = (pay: string) => posting('Senior Backend Engineer', 'Remote - Canada', 'remote', `${JAVA} Salary ${pay}.`);
    const under = analyzeOffline(p('CAD 130,000 – 145,000'), profile());
    expect(preGate(p('CAD 130,000 – 145,000'), profile())).toBeNull();
    expect(under.concerns.join()).toMatch(/^salary: at most 145,000 CAD a year, under your floor/);
    expect(under.score).toBeLessThan(60);
    expect(preGate(p('CAD 100,000 – 120,000'), profile())).toMatch(/^salary: at most 120,000 CAD a year, 20 % under your floor/);
    expect(preGate(p('USD 70,000 – 80,000'), profile())).toMatch(/\(about 109,\d{3} CAD a year\), 27 % under/);
    expect(preGate(p('CAD 100,000 – 120,000'), profile({ salaryFloor: { amount: 150000, currency: 'CAD', period: 'year', excludeBelowPercent: 30 } }))).toBeNull();
  });
});

describe('employment type', () => {
  it.each([
    ['Senior Data Engineer', 'Six-month contract, no benefits.', { terms: 'temporary', months: 6 }],
    ['Desarrollador Backend', 'Contrato indefinido, jornada completa.', { terms: 'permanent', schedule: 'full' }],
    ['Analista de BI', 'Contratação PJ.', { terms: 'contract' }],
    ['Développeur Java', 'Mandat contractuel de six mois.', { terms: 'temporary', months: 6 }],
    ['Backend-Entwickler', 'Unbefristete Festanstellung in Teilzeit.', { terms: 'permanent', schedule: 'part' }],
    ['Estágio em Dados', 'Programa de estágio.', { terms: 'internship' }],
    ['Engineer', 'US citizens or permanent residents only.', { terms: null }],
    ['Engineer', 'Freelance, remote.', { terms: 'freelance' }],
  ])('%s: "%s"', (title, text, expected) => expect(employmentOf(title, text)).toMatchObject(expected));

  it('is compared with preferences.jobTypes', () => {
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', 'Six-month contract. Java and Spring.'), profile())).toMatch(/^employment: it is a fixed-term position \(6 months\)/);
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', 'Part-time, 20 hours a week. Java.'), profile())).toMatch(/^employment: it is part-time/);
    const contractor = profile({ preferences: { jobTypes: ['full-time', 'contract'], minContractMonths: 6, exclusions: {} } });
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', 'Twelve-month contract. Java.'), contractor)).toBeNull();
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', 'Three-month contract. Java.'), contractor)).toMatch(/contracts of 6 months or more/);
  });
});

describe('individual contributor or manager', () => {
  it.each([
    ['Staff Engineer', 'This is an individual contributor role with no direct reports.', { manager: false, ic: true }],
    ['Lead Data Engineer', 'Lead is our senior IC level: no direct reports.', { manager: false, ic: true }],
    ['Head of Platform', 'A hands-on IC track role: no people management.', { manager: false, ic: true }],
    ['Senior Engineer', 'You will manage a team of six engineers.', { manager: true }],
    ['Tech Lead', 'Hire and grow the team, run one-on-ones.', { manager: true }],
    ['Engineering Manager', 'Own delivery.', { manager: true }],
    ['Coordenador(a) de BI', 'Gestão de pessoas e contratação.', { manager: true }],
    ['Senior Product Manager', 'Own the roadmap.', { manager: false }],
  ])('%s: "%s"', (title, text, expected) => expect(managementOf(title, text)).toMatchObject(expected));

  it('an IC statement lets a Staff title through for someone who rules out management', () => {
    expect(preGate(posting('Staff Backend Engineer', 'Remote - Canada', 'remote', `${JAVA} IC track: no direct reports.`), profile())).toBeNull();
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', `${JAVA} You will manage a team of five.`), profile())).toMatch(/^level: a people-management role/);
  });
});

describe('the main stack against mentions, and negation over lists', () => {
  it.each([
    ['We build in Go; this is not a Python or SQL role.', 'Python', 'negated'],
    ['We build in Go; this is not a Python or SQL role.', 'SQL', 'negated'],
    ['We build in Go; this is not a Python or SQL role.', 'Go', 'required'],
    ['PHP and Perl are not required.', 'Perl', 'negated'],
    ['You will ingest data from Salesforce, Zendesk and HubSpot.', 'Zendesk', 'mentioned'],
    ['We integrate with our customers\' PHP and Python systems through webhooks.', 'PHP', 'mentioned'],
    ['No se requiere experiencia con Java ni con PHP.', 'PHP', 'negated'],
    ['Experiência com Kotlin é um diferencial.', 'Kotlin', 'optional'],
    ['Strong Java experience is required.', 'Java', 'required'],
  ])('"%s": %s is %s', (text, term, kind) => expect(mentionOf(text, term)).toBe(kind));

  it('an excluded technology counts only when it is the role\'s own stack', () => {
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', `${JAVA} We integrate with our customers' PHP systems.`), profile())).toBeNull();
    expect(preGate(posting('Senior Backend Engineer', 'Remote - Canada', 'remote', 'Our services are written in PHP; strong PHP is required.'), profile())).toMatch(/^exclusion: it involves PHP/);
  });
});

describe('level in both directions', () => {
  it('a role one level below is a concern and not a match; two levels below are excluded', () => {
    const below = analyzeOffline(posting('Backend Engineer II', 'Remote - Canada', 'remote', JAVA.replace('6+', '3+')), profile());
    expect(below.concerns.join()).toMatch(/level: one step below yours/);
    expect(below.score).toBeLessThan(60);
    expect(analyzeOffline(posting('Backend Engineer II', 'Remote - Canada', 'remote', JAVA.replace('6+', '3+')), profile({ preferences: { considerLowerLevels: true, exclusions: {} } })).score).toBeGreaterThanOrEqual(60);
    expect(preGate(posting('Backend Engineer II', 'Remote - Canada', 'remote', 'Full-time. Java. 2–4 years of experience.'), profile())).toMatch(/^level: well below yours/);
  });
});

describe('the posting\'s language', () => {
  it.each([
    ['Vaga remota para residentes no Brasil. Você vai desenvolver nossa plataforma em React. Contratação CLT.', 'pt'],
    ['Buscamos un desarrollador con experiencia en React para nuestro equipo en Santiago.', 'es'],
    ['Poste en CDI, vous développerez nos modèles avec notre équipe.', 'fr'],
  ])('"%s" is %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));

  it('Portuguese is read as Portuguese and asked of the candidate', () => {
    const p = posting('Desenvolvedor Backend Sênior', 'Remoto (Brasil)', 'remote', 'Vaga remota para residentes no Brasil. Você vai trabalhar com Java e Spring. Contratação CLT.');
    expect(postingFacts(p).language).toBe('pt');
    expect(postingFacts(p).level).toBe('senior');
  });
});
