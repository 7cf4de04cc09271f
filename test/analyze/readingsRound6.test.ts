// Issue 30, round 6: readings of postings as boards render them that dev6 showed missing. "B2B" before a market
// word ("B2B SaaS", "B2B customers") is a business model, not the Polish contractor's form; "Software Engineer in
// Test" is QA work; the pay period written nearest an amount is its period ("SGD 10k/month. Contract: SGD
// 700/day"); a remote role "para personas ubicadas en Colombia, México o Perú" is open to all three countries.
import { beforeAll, describe, expect, it } from 'vitest';
import { employmentOf } from '../../src/analyze/employment.js';
import { postingFacts, remoteScopeOf } from '../../src/analyze/facts.js';
import { loadPlaces, readPlaces } from '../../src/analyze/places.js';
import { salaryOf } from '../../src/analyze/pay.js';
import { preGate } from '../../src/analyze/pregate.js';
import { familyOfPosting } from '../../src/analyze/roles.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const designerInToronto = profileMaker({
  titles: ['Product Designer'], skills: ['Figma'], seniority: 'senior', yearsOfExperience: 6,
  logistics: { currentResidence: { city: 'Toronto', country: 'Canada' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'English', level: 'native' }],
  preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid'], jobTypes: ['full-time'] },
});

describe('"B2B" as a market and as a contract', () => {
  it.each([
    '6+ years of product design, B2B SaaS preferred.\nCompensation\n$140K – $170K USD',
    'You have designed B2B products for finance teams. Permanent, full-time.',
    'Experience with B2B customers and e-commerce. Full time.',
  ])('"%s" offers no contract', (text) => {
    expect(employmentOf('Senior Product Designer', text).terms).not.toBe('contract');
    expect(preGate(posting('Senior Product Designer', 'Remote (US & Canada)', 'remote', text), designerInToronto())).toBeNull();
  });
  it.each([
    'Forma współpracy: B2B. Stawka 180–220 PLN/h.',
    'Contract type: B2B contract, 20 000 – 25 000 PLN net.',
    'We offer B2B or employment contract (UoP).',
  ])('"%s" still reads as a contractor\'s terms', (text) => {
    expect(employmentOf('Senior Backend Engineer', text).terms).toBe('contract');
    expect(employmentOf('Senior Backend Engineer', text).words).toMatch(/B2B/);
  });
});

describe('an engineer "in test"', () => {
  it.each(['Software Engineer in Test', 'Senior Software Development Engineer in Test', 'Developer in Test (Playwright)'])('%s is QA work', (title) => {
    expect(familyOfPosting(title, 'You will test our REST APIs and services.').family).toBe('qa');
  });
});

describe('the pay period written nearest the amount', () => {
  it('reads "min SGD 10k/month. Contract: min SGD 700/day" as a month', () => {
    expect(salaryOf('min SGD 10k/month. Contract: min SGD 700/day.')).toMatchObject({ min: 10000, currency: 'SGD', period: 'month' });
  });
  it('reads "USD 60/hour, or USD 9,000 a month" as an hour', () => {
    expect(salaryOf('Rate: USD 60/hour, or USD 9,000 a month for full-time work.')).toMatchObject({ min: 60, period: 'hour' });
  });
});

describe('a remote scope "para personas ubicadas en …"', () => {
  it.each([
    ['Bogotá, Colombia', 'Trabajo 100% remoto para personas ubicadas en Colombia, México o Perú.', ['CO', 'MX', 'PE']],
    ['São Paulo, Brasil', 'Vaga remota para pessoas localizadas no Brasil ou em Portugal.', ['BR', 'PT']],
    ['Paris, France', 'Poste en télétravail complet, pour des personnes situées en France ou en Belgique.', ['FR', 'BE']],
  ])('in %s: "%s"', (location, text, countries) => {
    expect(remoteScopeOf(posting('Senior Engineer', location, 'remote', text)).scope?.countries.sort()).toEqual([...countries].sort());
  });
});

describe('a residence a remote posting demands, in a sentence without a remote word', () => {
  it.each([
    ['You must reside in Canada.', ['CA']],
    ['You must live in Canada to be considered.', ['CA']],
    ['For payroll reasons you need to be based in Germany or Austria.', ['AT', 'DE']],
    ['Você precisa morar em Portugal para esta vaga.', ['PT']],
    ['Es indispensable residir en México para esta posición.', ['MX']],
    ['Vous devez habiter en France.', ['FR']],
    ['Le ou la candidate doit résider en Belgique.', ['BE']],
  ])('"%s"', (text, countries) => {
    expect(remoteScopeOf(posting('Senior Android Engineer', 'Remote', 'remote', `Kotlin and Jetpack Compose. ${text}`)).scope?.countries.sort())
      .toEqual([...countries].sort());
  });
  it('a sentence that demands nothing leaves the role open', () => {
    expect(remoteScopeOf(posting('Senior Android Engineer', 'Remote', 'remote', 'Kotlin and Jetpack Compose. We live in Canada and love it.')).scope).toBeNull();
  });
});

describe('a contract floor stated apart (salaryFloor.contract)', () => {
  const sre = profileMaker({
    titles: ['Site Reliability Engineer'], skills: ['Kubernetes', 'Terraform'], seniority: 'senior', yearsOfExperience: 8,
    logistics: { currentResidence: { city: 'Singapore', country: 'Singapore' }, willingToRelocate: false, workAuthorization: [] },
    languages: [{ language: 'English', level: 'native' }],
    preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid', 'onsite'], jobTypes: ['full-time', 'contract'], remoteRegions: ['APAC'] },
    salaryFloor: { amount: 10000, currency: 'SGD', period: 'month', contract: { amount: 700, currency: 'SGD', period: 'day' } },
  });
  const gate = (title: string, text: string) => preGate(posting(title, 'Singapore', 'hybrid', text), sre());
  it('holds a contract, or a fixed term paid by the day, to the contract rate', () => {
    expect(gate('Platform Engineer (12-month contract)', '12-month contract on our Kubernetes platform. SGD 550 per day.')).toMatch(/salary|under your floor of 700 SGD/);
    expect(gate('DevOps Engineer (Contract)', 'Contractor role, ongoing. SGD 450 – 500 per day.')).toMatch(/under your floor of 700 SGD/);
    expect(gate('DevOps Engineer (Contract)', 'Contractor role, ongoing. SGD 750 – 850 per day.')).toBeNull();
  });
  it('holds permanent work to the floor', () => {
    expect(gate('Senior SRE', 'Permanent, full-time. SGD 9,500 – 11,000 monthly.')).toBeNull();
    expect(gate('Senior SRE', 'Permanent, full-time. SGD 6,000 – 7,000 monthly.')).toMatch(/under your floor of 10,000 SGD/);
  });
  it('a profile without a contract floor is unchanged: a day rate is held to the floor', () => {
    const plain = profileMaker({ ...sre(), salaryFloor: { amount: 10000, currency: 'SGD', period: 'month' } });
    expect(preGate(posting('DevOps Engineer (Contract)', 'Singapore', 'hybrid', 'Contractor role, ongoing. SGD 450 – 500 per day.'), plain())).toBeNull();
  });
});

// The known gaps round 6 took beyond dev6: India's "L" and "Cr" for lakh and crore, pay written without a currency.
describe('lakhs and crores written short', () => {
  it.each([
    ['₹25L – ₹32L', 2_500_000, 3_200_000],
    ['CTC: 18-24 L', 1_800_000, 2_400_000],
    ['CTC up to 1.2 Cr', 12_000_000, 12_000_000],
  ])('"%s" is in rupees, by the year', (text, min, max) => {
    expect(salaryOf(text, 'IN')).toMatchObject({ min, max, currency: 'INR', period: 'year' });
  });
});

describe('pay written without a currency after a pay label', () => {
  it.each([
    ['Salary: 120,000 – 140,000 per year', 'CA', 'CAD', 120_000, 'year'],
    ['Salario: 45.000 - 55.000 brutos mensuales', 'MX', 'MXN', 45_000, 'month'],
    ['Pay: 120-140K', 'US', 'USD', 120_000, 'year'],
    ['Jahresgehalt: 70.000 – 85.000', 'DE', 'EUR', 70_000, 'year'],
    ['Rémunération : 55 000 - 65 000 par an', 'FR', 'EUR', 55_000, 'year'],
  ])('"%s" in %s is %s', (text, country, currency, min, period) => {
    expect(salaryOf(text, country)).toMatchObject({ currency, min, period });
  });
  it.each([
    ['Salary review every 12 months. Compensation: 401(k) match', 'US'],
    ['Salary: competitive. 25 days holiday.', 'GB'],
    ['We are 2,000 people in 12 countries.', 'US'],
  ])('"%s" states no pay', (text, country) => {
    expect(salaryOf(text, country)).toBeNull();
  });
  it('is held against the floor: a Toronto band topping out 18 % under CAD 95k is excluded', () => {
    const designer = designerInToronto({ salaryFloor: { amount: 95000, currency: 'CAD', period: 'year' } });
    expect(preGate(posting('Senior Product Designer', 'Toronto, ON, Canada', 'hybrid', 'Hybrid in Toronto. Permanent.\nSalary: 70,000 – 78,000 per year'), designer)).toMatch(/salary|under your floor/);
  });
});

describe('short and metropolitan names of big cities', () => {
  it.each([
    ['New York, NY (NYC)', 'New York City', 'US'], ['HCMC, Vietnam', 'Ho Chi Minh City', 'VN'], ['CABA, Argentina', 'Buenos Aires', 'AR'],
    ['KL, Malaysia', 'Kuala Lumpur', 'MY'], ['Toronto (GTA)', 'Toronto', 'CA'], ['SF Bay Area', 'San Francisco', 'US'],
    ['Metro Manila, Philippines', 'Manila', 'PH'], ['Metro Vancouver', 'Vancouver', 'CA'],
  ])('"%s" is %s', (text, city, country) => {
    expect(readPlaces(text, { capitalised: true }).cities.map((c) => [c.name, c.country])).toEqual([[city, country]]);
  });
  it('an office in "NYC" is a move from Toronto, not an unknown place', () => {
    expect(preGate(posting('Senior Product Designer', 'NYC', 'hybrid', 'Hybrid, three days a week in our office. Permanent.'), designerInToronto())).toMatch(/^place: /);
  });
});

// Postings of our own in board shapes beyond dev6.
describe('more board shapes', () => {
  it('"open to candidates in the following countries: …" limits a remote role to them', () => {
    const p = posting('QA Engineer', 'Remote', 'remote', 'This role is open to candidates in the following countries: Nigeria, Kenya, Ghana, South Africa.');
    expect(remoteScopeOf(p).scope?.countries).toEqual(['NG', 'KE', 'GH', 'ZA']);
  });
  it('a lower-case "m" after a currency is a million ("₦1.2m – ₦1.8m monthly"); after a bare number it is not', () => {
    expect(salaryOf('Salary: ₦1.2m – ₦1.8m monthly.')).toMatchObject({ min: 1_200_000, max: 1_800_000, currency: 'NGN', period: 'month' });
    expect(salaryOf('A 12m contract, USD 4,000 a month.')).toMatchObject({ min: 4000, currency: 'USD', period: 'month' });
  });
  it('Mexican payroll ("Esquema: 100% nómina") is permanent employment', () => {
    expect(employmentOf('Desarrollador Backend', 'Jornada completa · Modalidad: Remoto · Esquema: 100% nómina').terms).toBe('permanent');
  });
});

describe('employment and IC statements as boards write them', () => {
  it.each([
    ['Contrato por proyecto (6 meses), con posibilidad de extensión.', 'temporary', 6],
    ['Duration: 6 months (extension likely). Day rate: £450–£550 outside IR35.', 'contract', 6],
    ['Tipo de contrato: Indefinido. Jornada: Completa.', 'permanent', null],
  ])('"%s" is %s', (text, terms, months) => {
    expect(employmentOf('Engineer', text)).toMatchObject({ terms, months });
  });
  it('"Tech lead (IC)" and "people management sits with the EM" are an individual contributor\'s role', () => {
    const f = postingFacts(posting('Tech Lead, Payments', 'Remote', 'remote', 'Tech lead (IC): you guide technical direction; people management sits with the EM.'));
    expect(f.managerTrack).toBe(false);
    expect(f.icTrack).toBe(true);
  });
});

describe('a home city typed with its state or province', () => {
  const mobile = (city: string, country: string) => profileMaker({
    titles: ['Senior Mobile Engineer'], skills: ['Kotlin', 'Swift'], seniority: 'senior', yearsOfExperience: 8,
    logistics: { currentResidence: { city, country }, willingToRelocate: false, workAuthorization: [] },
    languages: [{ language: 'English', level: 'C1' }],
    preferences: { exclusions: {}, workEnvironments: ['hybrid', 'remote'], jobTypes: ['full-time'] },
  })();
  it.each([['São Paulo/SP', 'Brazil', 'São Paulo, SP'], ['Toronto, ON', 'Canada', 'Toronto, Ontario, Canada'], ['Campinas - SP', 'Brazil', 'Campinas, São Paulo, Brazil']])(
    '"%s" is home: a hybrid role there is within the commute',
    (city, country, location) => {
      expect(preGate(posting('Senior Android Engineer', location, 'hybrid', 'Kotlin and Jetpack Compose, three days a week in our office.'), mobile(city, country))).toBeNull();
    },
  );
  it('a hybrid role in another city of the country still asks for a move', () => {
    expect(preGate(posting('Senior Android Engineer', 'Recife, PE', 'hybrid', 'Kotlin and Jetpack Compose, three days a week in our office.'), mobile('São Paulo/SP', 'Brazil')))
      .toMatch(/place:/);
  });
});
