// Issue 30, round 4: why good postings were kept out of (or let in for) candidates outside Europe, read as
// general rules: India's lakh digit grouping, a visa offer in a sentence that says "sem termo" elsewhere, remote
// and hybrid offered as a choice, the language a team communicates in or speaks, people management with a head count,
// "Sénior" and "Especialista", an on-site office in a country the candidate names as a move, a window of working hours stated in German,
// Portuguese or Spanish (and limiting even "worldwide"), and infrastructure candidates kept off backend roles.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, languageDemandsOf, levelOfTitle, managementOf, postingFacts, workplaceModeOf } from '../../src/analyze/facts.js';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { loadPlaces, zoneWindowsIn } from '../../src/analyze/places.js';
import { salaryOf } from '../../src/analyze/pay.js';
import { preGate } from '../../src/analyze/pregate.js';
import { familyFit, familyOfPosting } from '../../src/analyze/roles.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const profile = profileMaker({
  titles: ['Site Reliability Engineer', 'Platform Engineer'], skills: ['Kubernetes', 'Terraform', 'AWS', 'Python', 'Go', 'Docker'], seniority: 'senior', yearsOfExperience: 8,
  logistics: { currentResidence: { city: 'Porto Alegre', country: 'Brazil' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }, { language: 'Spanish', level: 'B1' }],
  preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid'] },
});

describe('pay in India\'s lakh grouping', () => {
  it.each([
    ['CTC: ₹30,00,000 – ₹40,00,000 per annum.', 3_000_000, 4_000_000],
    ['Salary INR 12,50,000 to 18,00,000 a year', 1_250_000, 1_800_000],
    ['Package: Rs. 1,20,00,000 p.a. for the head of data', 12_000_000, 12_000_000],
  ])('"%s" is %d – %d', (text, min, max) => expect(salaryOf(text, 'IN')).toMatchObject({ min, max, currency: 'INR', period: 'year' }));
  it.each([
    ['USD 3.500/mês', 'month'], ['COP 9.000.000/mes', 'month'], ['4.500 €/Monat', 'month'], ['USD 40.000/año', 'year'], ['R$ 120/hora', 'hour'],
  ])('reads the period of "%s" (%s)', (text, period) => expect(salaryOf(text)).toMatchObject({ period }));
  it('still reads Western thousands and decimals as before', () => {
    expect(salaryOf('$170,000 – $200,000 a year')).toMatchObject({ min: 170000, max: 200000 });
    expect(salaryOf('R$ 7.000,00 por mês')).toMatchObject({ min: 7000, max: 7000, period: 'month' });
  });
});

describe('a visa offer judged in its own clause', () => {
  it.each([
    'Oferecemos: contrato sem termo, seguro de saúde, apoio ao processo de visto de trabalho.',
    'Ofrecemos contrato indefinido sin periodo de prueba largo, apoyo con la visa de trabajo y seguro médico.',
  ])('"%s" offers sponsorship', (text) => expect(postingFacts(posting('Backend Developer', 'Lisboa, Portugal', 'hybrid', text)).sponsorship).toBe(true));
  it('reads Portuguese "no" (in the) after the offer as no refusal, and "relocalização" as help to move', () => {
    const f = postingFacts(posting('Programador Android', 'Porto, Portugal', 'hybrid', 'Apoiamos o visto de trabalho e a relocalização (alojamento no primeiro mês).'));
    expect(f).toMatchObject({ sponsorship: true, relocationHelp: true, mustBeAuthorizedIn: [] });
  });
  it.each([
    'Visa sponsorship is not available for this role.',
    'Lamentamos, não apoiamos vistos de trabalho.',
  ])('"%s" refuses', (text) => expect(postingFacts(posting('Backend Developer', 'Lisboa, Portugal', 'hybrid', text)).sponsorship).toBe(false));
  it.each([
    'Oferecemos apoio na obtenção do visto e um pacote de relocalização.',
    'Oferecemos pacote de relocação.',
    'Ofrecemos paquete de reubicación.',
  ])('"%s" offers help to move', (text) => expect(postingFacts(posting('Programador iOS', 'Lisboa, Portugal', 'hybrid', text)).relocationHelp).toBe(true));
  it('a permit demanded before a visa refused in the same sentence is still a permit demanded', () => {
    const f = postingFacts(posting('Backend-Entwickler (m/w/d)', 'München', 'onsite', 'Eine gültige Arbeitserlaubnis für Deutschland ist Voraussetzung; ein Visum können wir leider nicht übernehmen.'));
    expect(f).toMatchObject({ sponsorship: false, mustBeAuthorizedIn: ['DE'] });
  });
  it('a refusal in the visa\'s own clause still refuses', () => {
    expect(postingFacts(posting('Backend Developer', 'Lisboa, Portugal', 'hybrid', 'Contrato sem termo; não apoiamos o processo de visto.')).sponsorship).toBe(false);
  });
});

describe('remote and hybrid offered as a choice', () => {
  it.each([
    ['Modelo de trabalho: remoto (Brasil) ou híbrido em Curitiba, você escolhe.', 'hybrid'],
    ['Work model: hybrid or fully remote, your call.', 'hybrid'],
    ['Modalidad: remoto o híbrido en Bogotá.', null],
    ['Arbeitsmodell: hybrid oder remote innerhalb Deutschlands.', 'hybrid'],
    ['Remote/hybrid, as you prefer.', null],
  ])('"%s" is remote whatever the field says (%s)', (text, field) => expect(workplaceModeOf(posting('SRE', 'Curitiba, PR', field, text))).toBe('remote'));
  it.each([
    ['Homeoffice möglich. Englisch als Arbeitssprache.', 'hybrid'],
    ['Festanstellung, flexibles Homeoffice, 30 Tage Urlaub.', 'hybrid'],
    ['Die Möglichkeit zum Homeoffice besteht.', 'hybrid'],
    ['100 % Homeoffice möglich, von überall in Deutschland.', 'remote'],
    ['Vollständig remote; Homeoffice-Ausstattung inklusive.', 'remote'],
  ])('German "%s" is %s', (text, mode) => expect(workplaceModeOf(posting('Backend Engineer (m/w/d)', 'Berlin', null, text))).toBe(mode));
  it('a choice that is refused is not offered', () => {
    expect(workplaceModeOf(posting('SRE', 'Curitiba, PR', 'hybrid', 'Não é remoto ou híbrido: 5 dias por semana no escritório.'))).toBe('onsite');
  });
  it('lets a remote worker at home in the country through an either-or posting in another city', () => {
    const p = posting('Engenheiro(a) SRE Sênior', 'Recife, PE', 'hybrid', 'Modelo: remoto (Brasil) ou híbrido em Recife. Kubernetes, Terraform, AWS. CLT.');
    expect(preGate(p, profile())).toBeNull();
  });
});

describe('the language a team communicates in', () => {
  it.each([
    ['Comunicación diaria en inglés con el equipo de Estados Unidos.', 'English'],
    ['Comunicação do time em inglês.', 'English'],
    ['Die Kommunikation im Team erfolgt auf Englisch.', 'English'],
    ['All communication in English.', 'English'],
    ['Wir sprechen im Team Englisch.', 'English'],
    ['No dia a dia falamos inglês.', 'English'],
  ])('"%s" requires %s', (text, language) => expect(languageDemandsOf(text).required.map((r) => r.language)).toEqual([language]));
  it.each([
    ['Valorizamos conhecimentos de alemão.', 'German'],
    ['O português é uma mais-valia.', 'Portuguese'],
    ['Valoriza-se conhecimento de francês.', 'French'],
  ])('European Portuguese "%s" makes %s a plus, not a need', (text, language) => expect(languageDemandsOf(text)).toEqual({ required: [], waived: [language] }));
  it('lets an English speaker with some Spanish through a Spanish posting whose team talks in English', () => {
    const p = posting('Ingeniero DevOps Senior', 'Latinoamérica', 'remote', 'Remoto desde cualquier país de Latinoamérica. Kubernetes, Terraform y AWS. Comunicación diaria en inglés con el equipo.');
    expect(preGate(p, profile())).toBeNull();
  });
});

describe('English levels on Latin American and Brazilian boards (básico, intermedio, avanzado, fluido)', () => {
  it.each([
    ['Inglês avançado.', 'B2'],
    ['Inglés avanzado (B2+).', 'B2'],
    ['Inglês fluente.', 'C1'],
    ['Inglés fluido, excluyente.', 'C1'],
  ])('"%s" asks for %s', (text, level) => expect(languageDemandsOf(text).required).toEqual([{ language: 'English', level }]));
});

describe('a window of working hours in several languages', () => {
  it.each([
    ['Zeitzonen maximal ±3 Stunden zu MEZ.', { from: -2, to: 4 }],
    ['Trabalhamos com até 2 horas de diferença de BRT.', { from: -5, to: -1 }],
    ['Hasta ±2 horas de COT.', { from: -7, to: -3 }],
    ['within 3 hours of CET', { from: -2, to: 4 }],
  ])('"%s" is %j', (text, window) => expect(zoneWindowsIn(text)).toEqual([window]));
  it('limits even a worldwide remote role', () => {
    const p = posting('Site Reliability Engineer (m/w/d)', 'Frankfurt am Main', 'remote', 'Remote (weltweit), aber mit Kernarbeitszeit: Zeitzonen maximal ±3 Stunden zu MEZ. Kubernetes, Terraform. Englisch als Arbeitssprache.');
    expect(preGate(p, profile())).toMatch(/^place: remote only for people in/);
    // Someone in Lagos (UTC+1) is inside the window.
    expect(preGate(p, profile({ logistics: { currentResidence: { city: 'Lagos', country: 'Nigeria' }, willingToRelocate: false } }))).toBeNull();
  });
});

describe('German compounds and board conventions', () => {
  it.each([
    'Wir bieten: Unterstützung beim Visumsprozess und bei der Wohnungssuche, Relocation-Budget.',
    'Benefits: Visa-Support & Relocation-Service.',
  ])('"%s" offers sponsorship and help to move', (text) => expect(postingFacts(posting('Data Engineer (m/w/d)', 'Berlin', 'hybrid', text))).toMatchObject({ sponsorship: true, relocationHelp: true }));
  it('reads "nice-to-have" as optional', () => {
    expect(languageDemandsOf('Sprachen: Englisch verhandlungssicher, Deutsch ist nice-to-have.')).toEqual({ required: [{ language: 'English', level: 'C1' }], waived: ['German'] });
  });
  it.each([
    ['Data Engineer (m/w/d) Remote innerhalb Deutschlands. Python, Spark. Englisch.', 'de'],
    ['Ingénieur data (H/F) Python, Spark.', 'fr'],
    ['Senior Backend Engineer (m/w/d) You will build our payments platform with the team in Berlin and you will own it.', 'en'],
  ])('"%s" is written in %s (a gender marker is a board\'s convention, its "d" no French word)', (text, language) => expect(detectLanguage(text)).toBe(language));
});

describe('levels as Portugal and Brazil write them', () => {
  it.each([
    ['Programador Android Sénior (m/f)', 'senior'],
    ['Especialista Android', 'senior'],
    ['Desenvolvedor(a) Mobile Pleno', 'mid'],
  ])('"%s" is %s', (title, level) => expect(levelOfTitle(title)).toBe(level));
});

describe('an on-site office where they would move', () => {
  const lisbon = posting('Senior Android Engineer', 'Lisbon, Portugal', 'onsite', 'On-site in Lisbon. Kotlin. We provide visa sponsorship and relocation assistance.');
  const moves = (countries: string[]) => profile({ logistics: { currentResidence: { city: 'São Paulo', country: 'Brazil' }, willingToRelocate: true, relocation: { countries, requires: ['sponsorship'] } } });
  it('is not refused for being on-site when they name the country as a move', () => expect(preGate(lisbon, moves(['PT', 'CA']))).toBeNull());
  it('is refused as on-site when they name other countries', () => expect(preGate(lisbon, moves(['CA']))).toMatch(/^place: it is on-site/));
});

describe('people management with a head count', () => {
  it.each([
    'Você será responsável pela gestão de 5 pessoas desenvolvedoras (1:1, feedbacks, contratação).',
    'Serás responsable de la gestión de 4 desarrolladores.',
    'Die Rolle umfasst die Führung von 6 Mitarbeitenden.',
    'You will manage 5 engineers and run their 1:1.',
  ])('"%s" manages people', (text) => expect(managementOf('Tech Lead', text)).toMatchObject({ manager: true, ic: false }));
  it('a tech lead without people stays an individual contributor', () => {
    expect(managementOf('Tech Lead Mobile', 'Você lidera tecnicamente a arquitetura dos apps, sem gestão de pessoas.')).toMatchObject({ manager: false, ic: true });
  });
});

describe('a residence demanded narrows the region', () => {
  it.each([
    ['Remote across APAC, but you must be based in Singapore or Malaysia for payroll reasons.', ['SG', 'MY']],
    ['Remoto em toda a América Latina; a pessoa deve residir no Brasil.', ['BR']],
    ['Remoto para Latinoamérica, pero debes residir en Colombia o México.', ['CO', 'MX']],
  ])('"%s" is remote for %j only', (text, countries) => {
    expect(postingFacts(posting('Senior SRE', 'Remote', 'remote', text)).remote).toMatchObject({ countries, regions: [], worldwide: false });
  });
  it('a region without a demanded residence stays the region', () => {
    expect(postingFacts(posting('Senior SRE', 'Remote', 'remote', 'Remote across APAC; we have hubs in Singapore and Sydney.')).remote?.regions).toEqual(['apac']);
  });
});

describe('Africa\'s parts as remote scopes', () => {
  const nairobi = () => profile({ logistics: { currentResidence: { city: 'Nairobi', country: 'Kenya' }, willingToRelocate: false } });
  const remote = (where: string) => posting('Senior SRE', 'Remote', 'remote', `Remote in ${where} only. Kubernetes, Terraform.`);
  it.each(['West Africa', 'North Africa'])('"%s" leaves Nairobi out', (where) => expect(preGate(remote(where), nairobi())).toMatch(/^place: remote only/));
  it.each(['East Africa', 'Africa', 'Sub-Saharan Africa'])('"%s" lets Nairobi in', (where) => expect(preGate(remote(where), nairobi())).toBeNull());
  it.each([
    ['Remoto para qualquer país do continente africano.', 'africa'],
    ['Remoto desde cualquier país de África Oriental.', 'east-africa'],
  ])('reads "%s" as %s', (text, region) => expect(postingFacts(posting('QA', 'Remoto', 'remote', text)).remote).toMatchObject({ regions: [region], worldwide: false }));
});

describe('short Spanish postings from Latin American boards', () => {
  it.each([
    'Analista de Datos Semi Senior. Híbrido: 2 días en oficina (Chapinero). SQL, Power BI, Python. Contrato a término indefinido.',
    'Modalidad híbrida. Power BI, SQL Server, DAX. Término indefinido.',
  ])('"%s" is Spanish, not Dutch (both have "de" and "en")', (text) => expect(detectLanguage(text)).toBe('es'));
  it('Dutch is still Dutch', () => expect(detectLanguage('Wij zoeken een data-analist met ervaring in SQL en Power BI voor ons team in Utrecht.')).toBe('nl'));
  it('reads "Inteligencia de Negocios" as data analysis', () => expect(familyOfPosting('Analista de Inteligencia de Negocios', '').family).toBe('data-analysis'));
});

describe('quality engineering read from test automation', () => {
  it.each([
    ['Engenheira(o) de Qualidade Sênior', 'Automação de testes com Playwright e Cypress; testes de API.', 'qa'],
    ['Quality Engineer', 'You will own test automation with Selenium and Appium.', 'qa'],
    ['Analista de Testes', 'Testes manuais e exploratórios.', 'qa'],
  ])('"%s" ("%s") is %s', (title, description, family) => expect(familyOfPosting(title, description).family).toBe(family));
  it('a factory\'s quality engineer is not software QA', () => {
    expect(familyOfPosting('Engenheiro de Qualidade', 'Controle de qualidade na linha de montagem, ISO 9001, auditorias de fornecedores.').family).toBeNull();
  });
});

describe('infrastructure candidates and backend roles', () => {
  it('a platform or SRE candidate does not take a backend role; a backend candidate still takes a platform one', () => {
    expect(familyFit(['sre', 'platform'], 'backend')).toBe('other');
    expect(familyFit(['backend'], 'platform')).toBe('neighbour');
    expect(familyFit(['platform'], 'sre')).toBe('neighbour');
    expect(familyFit(['backend', 'platform'], 'backend')).toBe('same');
  });
  it('a Python backend role is not a match for a DevOps engineer who scripts in Python', () => {
    const p = posting('Desenvolvedor(a) Backend Python Sênior', 'Brasil', 'remote', 'Remoto (Brasil). Stack: Python, FastAPI, PostgreSQL, Docker, AWS. 5+ anos com Python. PJ.');
    expect(analyzeOffline(p, profile()).score).toBeLessThan(60);
  });
});
