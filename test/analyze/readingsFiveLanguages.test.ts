// Issue 30, round 2: how postings in French, German, Portuguese and Spanish state what round 1 read in English:
// their language (function words shared between languages), people management as they conjugate it and its
// negation, visas an employer takes care of, kinds of work a candidate rules out, EU citizenship, "nada de",
// QA titles and a title's role part before its team.
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateFacts } from '../../src/analyze/candidate.js';
import { acceptedBy } from '../../src/analyze/employment.js';
import { detectLanguage, levelOfTitle, managementOf, postingFacts, yearsAsked } from '../../src/analyze/facts.js';
import { mentionOf } from '../../src/analyze/mentions.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { salaryOf } from '../../src/analyze/pay.js';
import { preGate } from '../../src/analyze/pregate.js';
import { readLanguageLevel } from '../../src/analyze/profile.js';
import { familyOfTitle } from '../../src/analyze/roles.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const profile = profileMaker({
  titles: ['Backend Engineer'], skills: ['Java', 'Spring', 'PostgreSQL'], seniority: 'senior', yearsOfExperience: 8,
  logistics: { currentResidence: { city: 'Buenos Aires', country: 'Argentina' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'Spanish', level: 'native' }, { language: 'English', level: 'C1' }],
  preferences: { exclusions: {} },
});

describe('the posting\'s language, by function words several languages share', () => {
  it.each([
    ['Procuramos uma pessoa desenvolvedora para o nosso time de dados, com foco na qualidade das entregas e na evolução da plataforma.', 'pt'],
    ['Você vai construir APIs para os clientes da empresa e participar das decisões de arquitetura.', 'pt'],
    ['Tu mission : concevoir les pipelines de données de la plateforme et les faire évoluer au sein de l\'équipe.', 'fr'],
    ['Rejoignez la squad paiements : conception des services, revue de code et mise en production sur AWS.', 'fr'],
    ['Sie entwickeln Services auf Basis von Go in einem kleinen Team und arbeiten eng mit dem Produkt zusammen.', 'de'],
    ['Se busca desarrollador para la construcción de servicios de pagos de la empresa, en un equipo pequeño.', 'es'],
    // "time" is Portuguese for a team, and an English word first: it decides nothing.
    // Words Spanish has too ("buscamos", "para", "o", "de") no longer outvote the Portuguese ones.
    ['Buscamos alguém para liderar tecnicamente o squad, sem gestão de pessoas.', 'pt'],
    ['Poste basé à Lyon, en CDI, télétravail possible deux jours par semaine.', 'fr'],
    ['Part-time, 20 hours a week. Java.', 'en'],
  ])('"%s" is %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe('people management as postings conjugate it, and its negation', () => {
  it.each([
    ['Líder Técnico', 'Liderarás un equipo de cinco personas y harás sus evaluaciones de desempeño.', { manager: true }],
    ['Lead Developer', 'Vous managez une équipe de quatre développeurs et menez les entretiens annuels.', { manager: true }],
    ['Backend Lead', 'Du führst die Mitarbeitergespräche mit fünf Entwicklerinnen und Entwicklern.', { manager: true }],
    ['Tech Lead', 'Não há gestão de pessoas: você é a referência técnica do time.', { manager: false, ic: true }],
    ['Staff Engineer', 'Sin gestión de personas; el rol es técnico.', { manager: false, ic: true }],
  ])('%s: "%s"', (title, text, expected) => expect(managementOf(title, text)).toMatchObject(expected));

  it('a negated management phrase is the IC evidence, and a Lead title is then no manager', () => {
    const read = managementOf('Tech Lead', 'Este rol no tiene personas a cargo.');
    expect(read).toEqual({ manager: false, ic: true, words: expect.stringMatching(/^no tiene personas a cargo$/) });
  });
});

describe('visas an employer takes care of, and work permits in German and Portuguese', () => {
  it.each([
    ['Wir übernehmen das Visum und unterstützen dich beim Umzug nach Berlin.', true, true],
    ['Nous prenons en charge le visa de travail.', true, false],
    ['Ajudamos com o visto de trabalho.', true, false],
    ['Leider können wir kein Visum übernehmen.', false, false],
  ])('"%s": sponsorship %s, relocation help %s', (text, sponsorship, relocationHelp) => {
    expect(postingFacts(posting('Backend Engineer', 'Berlin', 'onsite', text))).toMatchObject({ sponsorship, relocationHelp });
  });

  it.each([
    ['Eine gültige Arbeitsbewilligung für die Schweiz ist Voraussetzung.', 'CH'],
    ['É necessária autorização de residência e trabalho em Portugal.', 'PT'],
  ])('"%s" demands the right to work in %s', (text, country) => {
    expect(postingFacts(posting('Backend Engineer', null, 'onsite', text)).mustBeAuthorizedIn).toContain(country);
  });
});

describe('kinds of work ruled out', () => {
  it('are taken out of what jobTypes accept', () => {
    const accepts = acceptedBy(['full-time', 'contract'], undefined, ['temporary', 'freelance'])!;
    expect([...accepts.terms].sort()).toEqual(['contract', 'permanent']);
    expect([...acceptedBy(['full-time', 'contract'])!.terms].sort()).toEqual(['contract', 'freelance', 'permanent', 'temporary']);
  });

  it('hold a fixed-term contract against a candidate who takes contracts but no temporary work', () => {
    const candidate = profile({ preferences: { jobTypes: ['full-time', 'contract'], exclusions: { jobTypes: ['temporary'] } } });
    const temporary = posting('Desarrollador Backend Java', 'Remoto - Argentina', 'remote', 'Contrato temporal de seis meses. Java y Spring.');
    expect(preGate(temporary, candidate)).toMatch(/^employment: .*\(not temporary\)/);
    expect(preGate(posting('Desarrollador Backend Java', 'Remoto - Argentina', 'remote', 'Contratación como contractor, facturando en dólares. Java y Spring.'), candidate)).toBeNull();
  });
});

describe('citizenship of an EU country', () => {
  it('lets its holder work anywhere in the EU; a permit holds in its own country only', () => {
    const citizen = candidateFacts(profile({ logistics: { currentResidence: { city: 'Buenos Aires', country: 'Argentina' }, workAuthorization: [{ region: 'Italy', regionCode: 'IT', status: 'citizen' }] } }));
    expect([...citizen.authorizedIn]).toEqual(expect.arrayContaining(['AR', 'IT', 'ES', 'DE']));
    const permit = candidateFacts(profile({ logistics: { currentResidence: { city: 'Buenos Aires', country: 'Argentina' }, workAuthorization: [{ region: 'Italy', regionCode: 'IT', status: 'work permit' }] } }));
    expect([...permit.authorizedIn].sort()).toEqual(['AR', 'IT']);
  });
});

describe('smaller readings', () => {
  it('"nada de PHP" negates', () => expect(mentionOf('Nada de PHP, por favor.', 'PHP')).toBe('negated'));

  it.each([['bilingue', 'native'], ['bilíngue', 'native'], ['zweisprachig', 'native']])('"%s" is %s', (word, level) => expect(readLanguageLevel(word)).toBe(level));

  it.each([
    ['Ingeniero/a de Pruebas Automatizadas', 'qa'], ['Analista de Testes Sênior', 'qa'], ['Testautomatisierer (m/w/d)', 'qa'],
    ['Ingénieur assurance qualité logicielle', 'qa'], ['Testeur / Testeuse confirmé(e)', 'qa'],
  ])('"%s" is %s work', (title, family) => expect(familyOfTitle(title)).toBe(family));

  it('reads a title\'s role before its team: the team named after a dash or comma is where the role sits', () => {
    expect(familyOfTitle('Senior Backend Engineer — Data Platform')).toBe('backend');
    expect(familyOfTitle('QA Engineer, Mobile')).toBe('qa');
    expect(familyOfTitle('Software Engineer, Frontend')).toBe('frontend');
  });
});

describe('remote scope stated as the whole of a country', () => {
  it.each([
    ['Vaga remota para todo o Brasil.', 'BR'],
    ['Trabalho remoto de qualquer lugar do Brasil.', 'BR'],
    ['Puedes trabajar desde cualquier parte de Colombia.', 'CO'],
    ['Poste en télétravail complet, ouvert à toute la France.', 'FR'],
    ['Du arbeitest remote von überall in Deutschland.', 'DE'],
  ])('"%s" is remote within %s only', (text, country) => {
    expect(postingFacts(posting('Backend Engineer', 'Remote', 'remote', text)).remote).toEqual({ countries: [country], regions: [], zones: [], worldwide: false });
  });

  it('keeps a candidate elsewhere out', () => {
    expect(preGate(posting('Senior Backend Engineer', 'Remoto', 'remote', 'Vaga remota para todo o Brasil. Java e Spring.'), profile())).toMatch(/^place: /);
  });
});

describe('pay ranges as French and Latin American postings write them', () => {
  it.each([
    ['Rémunération : 45 000 € à 55 000 € bruts annuels.', null, { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
    ['De $40,000 a $55,000 MXN mensuales.', null, { min: 40000, max: 55000, currency: 'MXN', period: 'month' }],
    ['Entre R$ 10 mil e R$ 14 mil.', 'BR', { min: 10000, max: 14000, currency: 'BRL', period: 'month' }],
    ['Sueldo: $45,000 a $60,000.', 'MX', { max: 60000, currency: 'MXN', period: 'month' }],
    ['Salary: $120,000 to $150,000.', 'US', { max: 150000, currency: 'USD', period: 'year' }],
    ['€60,000 to €70,000.', null, { max: 70000, currency: 'EUR', period: 'year' }],
    ['CTC: 18–24 LPA.', null, { min: 1_800_000, max: 2_400_000, currency: 'INR', period: 'year' }], // lakhs are rupees
  ])('"%s" (%s)', (text, country, expected) => expect(salaryOf(text, country)).toMatchObject(expected));
});

describe('level and years as Portuguese, Spanish, French and German postings state them', () => {
  it.each([
    ['Engenheiro de Software Pleno/Sênior', 'senior'], ['Mid or Senior Backend Engineer', 'senior'], ['Desarrollador Ssr / Sr', 'senior'],
    ['Data Engineer I/II', 'mid'], ['Berufseinsteiger Softwareentwicklung (m/w/d)', 'junior'],
    ['Desarrollador Semi Senior', 'mid'], ['Desenvolvedor Pleno para o time de pagamentos', 'mid'], ['Senior Softwareentwickler (m/w/d)', 'senior'],
  ])('"%s" is %s (the higher of two levels a title offers)', (title, level) => expect(levelOfTitle(title)).toBe(level));

  it.each([
    ['Experiência de pelo menos três anos com Python.', 3], ['Experiência mínima de 5 anos.', 5], ['5 ans minimum en développement.', 5],
    ['Tienes por lo menos 4 años de experiencia.', 4],
  ])('"%s" asks for %i years or more', (text, min) => expect(yearsAsked(text)).toEqual({ min, max: null }));
});
