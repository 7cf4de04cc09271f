// A CV read as a recruiter reads it, round 6 (issue 30): CVs as they reach us as text. A LinkedIn "Save to PDF"
// export (the side column first, then the name, headline and city; LinkedIn's Spanish date lines); wishes stated
// as a label and its text ("Lo que busco: …" running over wrapped lines, a Europass "Work arrangement: …"); a
// terse résumé's "WANT" block ("IC only, no people mgmt", "Perm or contract", "min SGD 10k/month"); a pay label at
// a wrapped line's end; contracts "of six months or longer"; payroll and invoicing in Mexican Spanish ("nómina",
// "factura"); "B2B SaaS" as a market, not a contract.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { familyOfTitle } from '../../src/analyze/roles.js';
import { deriveProfileFromCv, titlesFrom } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

const LINKEDIN_EN = `Contact
ana.souza@example.com
www.linkedin.com/in/ana-souza-example (LinkedIn)
Top Skills
Kotlin
Swift
Languages
Portuguese (Native or Bilingual)
English (Full Professional)
Ana Souza
Senior Mobile Engineer at a fintech | Android · iOS
São Paulo, São Paulo, Brazil
Summary
Mobile engineer building banking apps.
Experience
Banco Aurora
Senior Mobile Engineer
January 2021 - Present (4 years 3 months)
São Paulo, Brazil
Loja Azul
Android Developer
March 2016 - December 2020 (4 years 10 months)
Campinas, São Paulo, Brazil
Education
Universidade de São Paulo
`;

const LINKEDIN_ES = `Contactar
martin.gomez@example.com
Aptitudes principales
Flutter
Dart
Languages
Español (Native or Bilingual)
Martín Gómez
Desarrollador Mobile | Flutter
Rosario, Santa Fe, Argentina
Extracto
Desarrollador mobile.
Lo que busco: roles Senior de Flutter 100% remotos desde Argentina, o híbridos
en Rosario. Por nómina o como contractor con factura. No busco reubicarme. No me interesa
la gestión de personas. Expectativa:
desde USD 3.000 mensuales.
Experiencia
Agro Datos
Desarrollador Mobile Senior
marzo de 2017 - Present (8 años 1 mes)
Rosario, Santa Fe, Argentina
Banco del Litoral
Desarrollador Android
junio de 2013 - febrero de 2017 (3 años 9 meses)
Santa Fe, Argentina
Educación
Universidad Nacional de Rosario
`;

describe('a LinkedIn export flattened to text', () => {
  it('takes the residence from the city line under the headline, after the side column', () => {
    const en = deriveProfileFromCv(LINKEDIN_EN, AS_OF);
    expect(en.logistics.currentResidence).toMatchObject({ city: 'São Paulo', countryCode: 'BR' });
    expect(en.sources['logistics.currentResidence']).toMatch(/^line 12: /);
    expect(deriveProfileFromCv(LINKEDIN_ES, AS_OF).logistics.currentResidence).toMatchObject({ city: 'Rosario', countryCode: 'AR' });
  });
  it('keeps the side column\'s last language in the languages section (the header is the three lines before the main column)', () => {
    expect(deriveProfileFromCv(LINKEDIN_EN, AS_OF).languages).toEqual([{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }]);
  });
  it('counts years from LinkedIn\'s Spanish date lines ("junio de 2013 - febrero de 2017")', () => {
    expect(deriveProfileFromCv(LINKEDIN_ES, AS_OF).yearsOfExperience).toBe(12);
  });
  it('leaves a CV that only starts with a contact block as it was: its header is its top', () => {
    const cv = `Contact\nlea@example.com\nLea Brandt\nBerlin, Germany\n\nExperience\nFrontend Developer — Shop, Berlin   2019 – present\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.currentResidence).toMatchObject({ city: 'Berlin', countryCode: 'DE' });
  });
});

describe('wishes stated as a label and its text', () => {
  it('reads "Lo que busco: …" over its wrapped lines until the next heading', () => {
    const p = deriveProfileFromCv(LINKEDIN_ES, AS_OF);
    expect(p.preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(p.logistics.willingToRelocate).toBe(false);
    expect(p.preferences.exclusions.roleTypes).toContain('management');
    expect(p.preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
  });
  it('reads the pay after a label that ends a wrapped line ("Expectativa:" / "desde USD 3.000 mensuales.")', () => {
    expect(deriveProfileFromCv(LINKEDIN_ES, AS_OF).salaryFloor).toEqual({ amount: 3000, currency: 'USD', period: 'month' });
  });
  it('reads a Europass block of labelled wishes, and contracts "of six months or longer"', () => {
    const cv = `PERSONAL INFORMATION
Amina Njoroge
Westlands, Nairobi (Kenya)
amina@example.com

WORK EXPERIENCE
2019–Present
Data Engineer, Retail company, Nairobi (Kenya)

ADDITIONAL INFORMATION
Work arrangement: remote (Africa or EMEA) or hybrid in Nairobi.
Relocation: Germany or the Netherlands, only with visa sponsorship.
Employment: permanent preferred; contracts of six months or longer considered.
`;
    const p = deriveProfileFromCv(cv, AS_OF);
    expect(p.preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(p.preferences.remoteRegions).toEqual(['africa', 'emea']);
    expect(p.logistics.relocation).toMatchObject({ countries: ['DE', 'NL'], requires: ['sponsorship'] });
    expect(p.preferences.minContractMonths).toBe(6);
    expect(p.preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
  });
});

describe('a terse résumé\'s WANT block', () => {
  const cv = `LI WEI
Kuala Lumpur, Malaysia
li.wei@example.com

WORK
2016-now  Platform engineer, Bank (Kuala Lumpur)

WANT
Senior platform roles, IC only. Remote within APAC or hybrid in KL.
Perm or contract. Perm: min MYR 25k/month. Contract: min MYR 1,500/day. No crypto.
`;
  const p = () => deriveProfileFromCv(cv, AS_OF);
  it('is the looking-for section: IC only rules out management, "Perm" is permanent work, "No crypto" an industry', () => {
    expect(p().preferences.exclusions.roleTypes).toEqual(['management']);
    expect(p().preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
    expect(p().preferences.exclusions.industries).toEqual(['crypto']);
    expect(p().preferences.workEnvironments).toEqual(['remote', 'hybrid']);
  });
  it('takes the first pay a wish says starts somewhere ("min MYR 25k/month") as the floor, by the month, and the contract rate apart', () => {
    expect(p().salaryFloor).toEqual({ amount: 25000, currency: 'MYR', period: 'month', contract: { amount: 1500, currency: 'MYR', period: 'day' } });
  });
  it('reads "no people mgmt" as management ruled out', () => {
    const q = deriveProfileFromCv(cv.replace('IC only', 'no people mgmt'), AS_OF);
    expect(q.preferences.exclusions.roleTypes).toEqual(['management']);
  });
});

describe('"B2B SaaS" in a CV\'s wishes', () => {
  it('is a market: permanent work at B2B SaaS companies is no contract', () => {
    const cv = `Jane Doe\nToronto, Canada\n\nLooking for: product design roles at B2B SaaS companies, permanent only.\n\nExperience\nProduct Designer — SaaS company, Toronto   2018 – present\n`;
    expect(deriveProfileFromCv(cv, AS_OF).preferences.jobTypes).toEqual(['full-time']);
  });
});

// From dev6's probe (a LinkedIn export in Portuguese, a terse résumé's two rates).
describe('a Portuguese LinkedIn export\'s wishes', () => {
  const cv = `Contato
bia.melo@example.com
Principais competências
Kotlin
Idiomas
Português (Native or Bilingual)
Inglês (Full Professional)
Beatriz Melo
Engenheira Android Sênior
Fortaleza, Ceará, Brasil
Resumo
O que procuro: vagas Android sênior, remotas no Brasil ou para empresas de fora que contratam
brasileiros (PJ ou contractor), ou híbridas em Fortaleza. Não tenho interesse em cargos de gestão.
Experiência
Banco Jangada
Engenheira Android Sênior
maio de 2019 - Present (5 anos 10 meses)
Formação acadêmica
Universidade Federal do Ceará
Bacharelado · (2010 - 2014)
`;
  const p = () => deriveProfileFromCv(cv, AS_OF);
  it('reads "no Brasil" (in Brazil) as no negation, and parenthesised contract kinds as one alternative beside employment', () => {
    expect(p().preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
    expect(p().preferences.exclusions.jobTypes ?? []).toEqual([]);
  });
  it('reads "cargos de gestão" ruled out as no management', () => {
    expect(p().preferences.exclusions.roleTypes).toEqual(['management']);
  });
  it('takes "Formação acadêmica" as the education heading, so its dates are no experience', () => {
    expect(p().yearsOfExperience).toBe(6);
  });
  it('still reads contract kinds stated outside parentheses as the only ones ("PJ ou contractor, nada de CLT")', () => {
    const only = cv.replace('(PJ ou contractor)', '. Só PJ ou contractor');
    expect(deriveProfileFromCv(only, AS_OF).preferences.jobTypes).toEqual(['contract']);
  });
});

describe('a rate for contracts stated apart from the floor', () => {
  it('reads "Perm: min SGD 10k/month. Contract: min SGD 700/day" as the floor and a contract floor', () => {
    const cv = `RAVI\nSingapore\n\nWANT\nSRE roles. Perm or contract. Perm: min SGD 10k/month. Contract: min SGD 700/day.\n`;
    const p = deriveProfileFromCv(cv, AS_OF);
    expect(p.salaryFloor).toEqual({ amount: 10000, currency: 'SGD', period: 'month', contract: { amount: 700, currency: 'SGD', period: 'day' } });
    expect(p.sources['salaryFloor.contract']).toMatch(/^line 5: /);
  });
  it('takes a contract rate as the floor when it is the only pay stated ("Freelance: TJM à partir de 550 €")', () => {
    const cv = `Léa Martin\nLyon, France\n\nCE QUE JE RECHERCHE\nMissions freelance en télétravail. Freelance : TJM à partir de 550 € par jour.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).salaryFloor).toEqual({ amount: 550, currency: 'EUR', period: 'day' });
  });
});

describe('pay asked for without a currency', () => {
  it('is in the currency of the country the CV lives in ("Salaire visé : 95 000 par année" in Montréal)', () => {
    const cv = `Camille Roy\nMontréal (Québec) · camille@example.com\n\nOBJECTIF\nPoste permanent en mode hybride à Montréal.\nSalaire visé : 95 000 par année.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).salaryFloor).toEqual({ amount: 95000, currency: 'CAD', period: 'year' });
  });
});

// CVs of our own beyond dev6 (an English LinkedIn export, a Spanish Europass, a terse résumé, a French CV with its project last).
describe('wishes at the end of a summary', () => {
  const cv = `Contact
priya@example.com
Top Skills
Python
Languages
English (Native or Bilingual)
Malayalam (Limited Working)
Priya Nair
Senior Data Scientist | NLP
Bengaluru, Karnataka, India
Summary
Data scientist with 7 years in e-commerce and fintech. Open to remote roles in India or hybrid in
Bengaluru. Not open to relocation. Permanent roles only; no people management.
Experience
Flipkart
Senior Data Scientist
July 2021 - Present (3 years 9 months)
`;
  const p = () => deriveProfileFromCv(cv, AS_OF);
  it('are the looking-for section from the sentence that opens them ("Open to …") to the summary\'s end', () => {
    expect(p().preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(p().logistics.willingToRelocate).toBe(false);
    expect(p().preferences.jobTypes).toEqual(['full-time']);
    expect(p().preferences.exclusions.roleTypes).toEqual(['management']);
    expect(p().sources['preferences.workEnvironments']).toMatch(/^line 12: Open to remote roles/);
  });
  it('read Malayalam with LinkedIn\'s "Limited Working" level', () => {
    expect(p().languages).toContainEqual({ language: 'Malayalam', level: 'B1' });
  });
});

describe('a Spanish Europass', () => {
  const cv = `INFORMACIÓN PERSONAL
Lucía Fernández Ríos
Calle 93 #11-26, Bogotá (Colombia)
lucia.fernandez@example.com

EXPERIENCIA PROFESIONAL
03/2021–Actualidad
Diseñadora UX/UI Senior
Rappi, Bogotá (Colombia)

COMPETENCIAS PERSONALES
Lengua(s) materna(s) español
Otro(s) idioma(s)        COMPRENDER              HABLAR
inglés                   C1        C1            B2
`;
  it('names a designer\'s role in Spanish ("Diseñadora UX/UI Senior") as a title', () => {
    expect(deriveProfileFromCv(cv, AS_OF).titles).toEqual(['Diseñadora UX/UI Senior']);
    expect(deriveProfileFromCv(cv, AS_OF).seniority).toBe('senior');
  });
  it('reads the mother tongue written after its label ("Lengua(s) materna(s) español", "Mother tongue(s) Swahili")', () => {
    expect(deriveProfileFromCv(cv, AS_OF).languages).toContainEqual({ language: 'Spanish', level: 'native' });
    expect(deriveProfileFromCv(cv.replace('Lengua(s) materna(s) español', 'Mother tongue(s) Swahili'), AS_OF).languages).toContainEqual({ language: 'Swahili', level: 'native' });
  });
});

describe('a terse résumé\'s SEEKING block', () => {
  it('is the looking-for section', () => {
    const cv = `TUNDE ADEYEMI — Backend Engineer (Go, Node.js)\nLagos, NG · tunde@example.com\n\nEXPERIENCE\n- 2017–present  Backend Engineer, fintech (remote)\n\nSEEKING\nRemote only — worldwide or EMEA time zones. Full-time or long-term contract (12+ months).\nNo gambling/betting. Min $4,500/mo.\n`;
    const p = deriveProfileFromCv(cv, AS_OF);
    expect(p.preferences.workEnvironments).toEqual(['remote']);
    expect(p.preferences.minContractMonths).toBe(12);
    expect(p.preferences.exclusions.industries).toEqual(['gambling']);
    expect(p.salaryFloor).toEqual({ amount: 4500, currency: 'USD', period: 'month' });
  });
});

describe('a statement wrapped after an article', () => {
  it('runs on past "le", "la", "der" at a line\'s end ("Mobilité envisageable vers la France ou le / Canada uniquement avec un accompagnement au visa")', () => {
    const cv = `Mamadou Diallo\nIngénieur DevOps\nDakar, Sénégal | mamadou@example.com\n\nPROJET PROFESSIONNEL\nPoste en CDI, en télétravail depuis le Sénégal. Mobilité envisageable vers la France ou le\nCanada uniquement avec un accompagnement au visa.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.relocation).toEqual({ countries: ['FR', 'CA'], requires: ['sponsorship'] });
  });
});

// More CVs of our own: an Indian résumé, a Canadian one, an Argentine one.
describe('an Indian résumé\'s header', () => {
  const cv = `RAHUL VERMA
Senior Software Engineer (Backend) | Java · Spring Boot · Microservices
Email: rahul.verma@example.com | Mobile: +91 98765 43210
Current Location: Pune, Maharashtra
Preferred Location: Bengaluru / Hyderabad / Remote
Current CTC: 28 LPA | Expected CTC: 38 LPA | Notice Period: 60 days

WORK EXPERIENCE
Senior Software Engineer, Finserv Pvt Ltd, Pune (Apr 2020 – Present)
`;
  const p = () => deriveProfileFromCv(cv, AS_OF);
  it('takes the residence from "Current Location:", and no skill for a place ("Spring Boot" is not Spring, Texas)', () => {
    expect(p().logistics.currentResidence).toMatchObject({ city: 'Pune', countryCode: 'IN' });
    const unlabelled = deriveProfileFromCv(cv.replace('Current Location: Pune, Maharashtra\n', ''), AS_OF);
    expect(unlabelled.logistics.currentResidence?.city).not.toBe('Spring');
  });
  it('reads "Preferred Location:" as cities they would move to and work in, and remote', () => {
    expect(p().logistics.relocation).toEqual({ countries: [], requires: [], cities: ['Bengaluru', 'Hyderabad'] });
    expect(p().logistics.willingToRelocate).toBe(true);
    expect(p().preferences.workEnvironments?.sort()).toEqual(['hybrid', 'onsite', 'remote']);
    expect(p().salaryFloor).toEqual({ amount: 3_800_000, currency: 'INR', period: 'year' });
  });
});

describe('a permit named with a nationality\'s adjective', () => {
  it('"Work authorization: Canadian Permanent Resident" is a permit for Canada', () => {
    const cv = `Alex Chen\nToronto, ON | alex@example.com\nWork authorization: Canadian Permanent Resident | Open to relocation: No\n\nEXPERIENCE\nSoftware Developer — Agency, Toronto   2019 – present\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.workAuthorization).toEqual([{ region: 'Canada', regionCode: 'CA', status: 'permanent_resident' }]);
  });
});

describe('an Argentine CV', () => {
  const cv = `Santiago Pereyra
Analista de Datos Ssr. — CABA, Argentina
santiago@example.com

EXPERIENCIA
Analista de Datos Ssr. — Fintech, Buenos Aires — 2022 a la actualidad
Analista de Datos Jr. — Retail, Buenos Aires — 2020 a 2022

BÚSQUEDA
Remoto (Argentina o LATAM) o híbrido en CABA. Relación de dependencia o contractor en USD.
`;
  it('reads "BÚSQUEDA" as the looking-for section', () => {
    const p = deriveProfileFromCv(cv, AS_OF);
    expect(p.preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(p.preferences.remoteRegions).toEqual(['latam']);
    expect(p.preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
  });
  it('counts "2022 a la actualidad" as a range to now', () => {
    expect(deriveProfileFromCv(cv, AS_OF).yearsOfExperience).toBe(5);
  });
});

// CVs of our own from Nigeria, Kenya and Mexico.
describe('CVs from Lagos, Nairobi and Guadalajara', () => {
  it('counts "March 2021 – Date" and "2021 to date" as ranges to now', () => {
    const cv = `CHIDINMA OKAFOR\nLekki, Lagos State, Nigeria\n\nWORK EXPERIENCE\nQA Automation Engineer — Fintech Ltd, Lagos (March 2021 – Date)\nSoftware Tester — Agency, Lagos (Jan 2019 – Feb 2021)\n`;
    expect(deriveProfileFromCv(cv, AS_OF).yearsOfExperience).toBe(6);
    expect(deriveProfileFromCv(cv.replace('(March 2021 – Date)', '— 2021 to date'), AS_OF).yearsOfExperience).toBe(6);
  });
  it('reads no place in a postal box ("P.O. Box 12345-00100, Nairobi": "Po" is a town in Burkina Faso)', () => {
    const cv = `BRIAN OTIENO\nDevOps Engineer\nP.O. Box 12345-00100, Nairobi | brian@example.com | +254 722 000 000\n\nEMPLOYMENT HISTORY\nDevOps Engineer, Safari Payments, Nairobi — 2021 to date\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.currentResidence).toMatchObject({ city: 'Nairobi', countryCode: 'KE' });
  });
  it('reads "Sueldo deseado:" as the pay asked for', () => {
    const cv = `JORGE LUIS HERNÁNDEZ\nIngeniero de Datos | Guadalajara, Jal. | jorge@example.com\n\nOBJETIVO\nRemoto desde México. Esquema de nómina.\nSueldo deseado: $70,000 MXN mensuales brutos.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).salaryFloor).toEqual({ amount: 70000, currency: 'MXN', period: 'month' });
  });
});

describe('a Brazilian header: the city with its state, help with the move named with the English word', () => {
  const cv = `LUCAS PEREIRA
Desenvolvedor Mobile Sênior | Android & iOS
Localização: Campinas/SP · (11) 99999-1234 · lucas@example.com

OBJETIVO
Remoto a partir do Brasil ou híbrido em Campinas. Mudança para o Canadá somente com patrocínio de visto e pacote de relocation.

EXPERIÊNCIA PROFISSIONAL
Desenvolvedor Mobile Sênior | Banco Exemplo | jan/2019 – atual`;
  it('keeps the city without its state, and reads the move\'s conditions', () => {
    const d = deriveProfileFromCv(cv, AS_OF);
    expect(d.logistics.currentResidence).toMatchObject({ city: 'Campinas', countryCode: 'BR' });
    expect(d.logistics.relocation?.requires).toEqual(expect.arrayContaining(['sponsorship', 'relocation support']));
  });
});

describe('a generic title with its specialty after it', () => {
  it.each([
    ['Senior Software Engineer (Android)', 'Senior Software Engineer (Android)', 'mobile'],
    ['Engenheiro de Software | Mobile', 'Engenheiro de Software (Mobile)', 'mobile'],
    ['Senior Software Engineer @ Nubank (iOS)', 'Senior Software Engineer (iOS)', 'mobile'],
    ['Software Engineer, Backend — Acme', 'Software Engineer (Backend)', 'backend'],
    ['Desarrollador de Software (Frontend)', 'Desarrollador de Software (Frontend)', 'frontend'],
    ['Engenheiro de Software Sênior — Squad Mobile', 'Engenheiro de Software Sênior (Squad Mobile)', 'mobile'],
    ['Software Engineer | Android & iOS | Acme | 2019 – 2021', 'Software Engineer (Android & iOS)', 'mobile'],
  ])('"%s" keeps its specialty', (line, title, family) => {
    expect(titlesFrom(`${line}\n`)[0]).toBe(title);
    expect(familyOfTitle(titlesFrom(`${line}\n`)[0]!)).toBe(family);
  });
  it.each(['Software Engineer — Sales Platform', 'Software Engineer — Mobile Platform', 'Software Engineer at Acme', 'Software Engineer at T-Mobile', 'Software Engineer | Acme Mobile | 2019 – 2021'])('"%s" stays generic', (line) => {
    expect(familyOfTitle(titlesFrom(`${line}\n`)[0]!)).toBeNull();
  });
});
