// Issue 30, round 3: why good postings in French, German and Portuguese were kept out, read as general rules:
// the working language a posting names and the languages it says are not needed (not the language it happens
// to be written in), levels written in words, Swiss thousands and pay paid fourteen times a year, home-office
// days as hybrid work, remote scope and working hours stated in German, French and Portuguese, permanent work
// offered with a contract as its alternative, and generic titles in Portuguese and German.
import { beforeAll, describe, expect, it } from 'vitest';
import { employmentOf } from '../../src/analyze/employment.js';
import { detectLanguage, languageDemandsOf, levelOfTitle, postingFacts, remoteScopeOf, workplaceModeOf, yearsAsked } from '../../src/analyze/facts.js';
import { mentionOf } from '../../src/analyze/mentions.js';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { salaryOf } from '../../src/analyze/pay.js';
import { preGate } from '../../src/analyze/pregate.js';
import { familyOfPosting, familyOfTitle } from '../../src/analyze/roles.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const profile = profileMaker({
  titles: ['Backend Engineer'], skills: ['Go', 'PostgreSQL', 'Kafka', 'Kubernetes'], seniority: 'senior', yearsOfExperience: 7,
  logistics: { currentResidence: { city: 'Lagos', country: 'Nigeria' }, willingToRelocate: false, workAuthorization: [] },
  languages: [{ language: 'English', level: 'native' }],
  preferences: { exclusions: {}, workEnvironments: ['remote'] },
});

describe('the languages a posting requires, not the one it is written in', () => {
  it.each([
    ['Unsere Arbeitssprache ist Englisch; Deutschkenntnisse sind von Vorteil.', [{ language: 'English', level: 'B2' }], ['German']],
    // A language that is only a plus is not needed, unless another sentence requires it.
    ['Le français est un atout.', [], ['French']],
    // Round 4: "avanzado" is the step under fluent on Latin American boards' ladder, B2.
    ['Inglés avanzado; portugués es un diferencial.', [{ language: 'English', level: 'B2' }], ['Portuguese']],
    ['English B2 required. English C1 is a plus.', [{ language: 'English', level: 'B2' }], []],
    ['Arbeitssprache: Englisch. Deutsch ist kein Muss.', [{ language: 'English', level: 'B2' }], ['German']],
    ['L\'anglais est notre langue de travail au quotidien ; le français n\'est pas obligatoire.', [{ language: 'English', level: 'B2' }], ['French']],
    ['Idioma de trabajo: inglés (nivel alto); español no imprescindible.', [{ language: 'English', level: 'B2' }], ['Spanish']],
    ['A língua de trabalho é o inglês. Português não é necessário.', [{ language: 'English', level: 'B2' }], ['Portuguese']],
    ['Nous travaillons en anglais. Pas besoin de parler français.', [{ language: 'English', level: 'B2' }], ['French']],
    ['Inglés no excluyente.', [], ['English']],
  ])('"%s" requires %j and waives %j', (text, required, waived) => expect(languageDemandsOf(text)).toEqual({ required, waived }));

  it.each([
    ['Gute Englischkenntnisse in Wort und Schrift.', [{ language: 'English', level: 'B2' }]],
    ['Anglais : bon niveau. Français : un plus.', [{ language: 'English', level: 'B2' }]],
    ['Inglés intermedio.', [{ language: 'English', level: 'B1' }]],
    ['Sprachen: Deutsch fließend, Englisch gut.', [{ language: 'German', level: 'C1' }, { language: 'English', level: 'B2' }]],
    ['Bilingue français et anglais.', [{ language: 'French', level: 'C1' }, { language: 'English', level: 'C1' }]],
    // "mind." is an abbreviation, not the end of a statement: English is not lost.
    ['Englisch (mind. B2) und Deutsch (C1).', [{ language: 'English', level: 'B2' }, { language: 'German', level: 'C1' }]],
  ])('"%s" states levels in words: %j', (text, required) => expect(languageDemandsOf(text).required).toEqual(required));

  const remoteEmea = 'Remote aus Europa oder Afrika. Du baust unsere API-Plattform in Go mit PostgreSQL und Kafka. Mindestens 5 Jahre Erfahrung.';
  it('lets an English speaker through a German posting whose working language is English', () => {
    const p = posting('Senior Backend Engineer (m/w/d)', 'Remote', 'remote', `${remoteEmea} Unsere Arbeitssprache ist Englisch, Deutsch ist kein Muss.`);
    expect(preGate(p, profile())).toBeNull();
    expect(analyzeOffline(p, profile()).score).toBeGreaterThanOrEqual(60);
  });
  it('still keeps them out of a German posting that says nothing of languages (it is worked in German)', () => {
    expect(preGate(posting('Senior Backend Engineer (m/w/d)', 'Remote', 'remote', remoteEmea), profile())).toMatch(/^language: the posting is written in German/);
  });
  it('lets an English speaker through a French posting that calls French an asset', () => {
    const p = posting('Développeur Backend Go (H/F)', 'Remote', 'remote', 'Télétravail depuis l\'Europe ou l\'Afrique. Go, PostgreSQL, Kafka. 5 ans d\'expérience minimum. Le français est un atout.');
    expect(preGate(p, profile())).toBeNull();
  });
  it('keeps them out when the posting requires its own language beside the working one', () => {
    const p = posting('Senior Backend Engineer (m/w/d)', 'Remote', 'remote', `${remoteEmea} Arbeitssprache Englisch, sehr gute Deutschkenntnisse (C1) erforderlich.`);
    expect(preGate(p, profile())).toMatch(/^language: it requires German at C1/);
  });
});

describe('pay as Swiss, Portuguese and Austrian postings write it', () => {
  it('reads Swiss thousands', () => expect(salaryOf('CHF 115\'000 – 135\'000.', 'CH')).toMatchObject({ min: 115000, max: 135000, currency: 'CHF', period: 'year' }));
  it.each([
    ['1.900 € – 2.300 € brutos mensais (x14)', 26600, 32200],
    ['Vencimento: 1.500 € x 14 meses', 21000, 21000],
    ['€ 3.200 brutto monatlich (14 Gehälter)', 44800, 44800],
  ])('reads "%s" as the year its fourteen salaries make', (text, min, max) => expect(salaryOf(text, 'PT')).toMatchObject({ min, max, currency: 'EUR', period: 'year' }));
});

describe('level', () => {
  it('"confirmé" is not read as a step below a senior: the years asked decide', () => {
    const p = posting('Développeur·se Backend Go confirmé·e (H/F)', 'Remote', 'remote', 'Remote depuis l\'Afrique. Go, PostgreSQL, Kafka. 5 ans d\'expérience minimum. Langue de travail : anglais.');
    expect(levelOfTitle(p.title)).toBeNull();
    expect(analyzeOffline(p, profile()).concerns.join(' ')).not.toMatch(/one step below/);
  });
});

describe('workplace and remote scope in German, French and Portuguese', () => {
  it.each([
    ['Wien', 'Homeoffice an 2 Tagen pro Woche.', 'hybrid'],
    ['São Paulo', 'Home office 2x na semana, o resto no escritório.', 'hybrid'],
    ['Lyon', 'CDI, télétravail partiel.', 'hybrid'],
    ['Montréal', 'En présentiel 5 jours par semaine.', 'onsite'],
    ['Berlin', 'Du arbeitest ortsunabhängig aus ganz Deutschland.', 'remote'],
  ])('%s, "%s" is %s', (location, text, mode) => expect(workplaceModeOf(posting('Entwickler', location, null, text))).toBe(mode));

  it('reads regions and a window of hours stated in German', () => {
    const { scope } = remoteScopeOf(posting('Backend', 'Remote', 'remote', 'Remote aus Europa oder Asien: Deine Arbeitszeiten sollten zwischen UTC+0 und UTC+8 liegen.'));
    expect(scope).toMatchObject({ regions: ['europe', 'asia'], zones: [{ from: 0, to: 8 }] });
  });
  it.each([
    ['Trabalho remoto para quem mora em Portugal ou Espanha.', ['PT', 'ES']],
    ['Télétravail depuis la France ou la Belgique, entre UTC+0 et UTC+2.', ['FR', 'BE']],
  ])('reads where "%s" may be done from', (text, countries) => expect(remoteScopeOf(posting('Dev', 'Remote', 'remote', text)).scope?.countries).toEqual(countries));
  it('keeps someone outside the stated window out', () => {
    const p = posting('Senior Backend Engineer', 'Remote', 'remote', 'Remote aus Europa oder Asien: Deine Arbeitszeiten sollten zwischen UTC+3 und UTC+8 liegen. Arbeitssprache Englisch.');
    expect(preGate(p, profile({ logistics: { currentResidence: { city: 'Lagos', country: 'Nigeria' }, willingToRelocate: false, workAuthorization: [] } }))).toMatch(/^place: remote only/);
  });
});

describe('employment as French, German and Portuguese postings offer it', () => {
  it.each([
    ['Contrato PJ ou CLT, a combinar.', 'permanent'],
    ['CDI ou freelance selon votre préférence.', 'permanent'],
    ['Contrat en intérim de 3 mois.', 'temporary'],
    ['Contrat de travail à durée déterminée.', 'temporary'],
    ['Contrat de travail à durée indéterminée.', 'permanent'],
    ['Contrato por tempo indeterminado.', 'permanent'],
    ['Portage salarial possible, mission longue.', 'freelance'],
    ['Mandat pour travailleur autonome.', 'freelance'],
  ])('"%s" is %s', (text, terms) => expect(employmentOf('', text).terms).toBe(terms));
});

describe('generic titles in Portuguese and German, read from the description', () => {
  it.each([
    ['Pessoa Desenvolvedora', 'Você vai construir APIs e microservices em Go sobre PostgreSQL.'],
    ['Engenheiro(a) de Software', 'Serviços de backend em Go, APIs REST e PostgreSQL.'],
    ['Fachinformatiker Anwendungsentwicklung (m/w/d)', 'Du entwickelst APIs und Microservices in Java mit PostgreSQL.'],
  ])('"%s" is backend work', (title, description) => expect(familyOfPosting(title, description).family).toBe('backend'));
});

describe('French elision in a negation', () => {
  it('"pas d\'entreprises de jeux d\'argent" negates', () => expect(mentionOf('Pas d\'entreprises de jeux d\'argent ni de casinos en ligne.', 'jeux d\'argent')).toBe('negated'));
});

describe('visa help as Portuguese and Spanish postings conjugate it', () => {
  it.each([
    'Apoiamos a obtenção de visto de trabalho e a mudança para Portugal.',
    'Apoyamos con la visa de trabajo para quien venga de fuera de la UE.',
  ])('"%s" offers sponsorship, not a permit required', (text) => {
    const f = postingFacts(posting('Engenheiro iOS', 'Lisboa, Portugal', 'hybrid', text));
    expect(f.sponsorship).toBe(true);
    expect(f.mustBeAuthorizedIn).toEqual([]);
  });
});

describe('remote scope words German, French and Portuguese prose writes in lower case', () => {
  it.each([
    ['Remote europaweit möglich, Englisch fließend.', { regions: ['europe'], worldwide: false }],
    ['EU-weit remote, solange du in der EU wohnst.', { regions: ['eu'], worldwide: false }],
    ['Travaillez depuis n\'importe où dans le monde.', { regions: [], worldwide: true }],
    ['Du lebst in Deutschland, Österreich oder der Schweiz.', { countries: ['DE', 'AT', 'CH'] }],
    ['Remote, Arbeitszeiten MEZ ± 2 Stunden.', { zones: [{ from: -1, to: 3 }] }],
  ])('"%s" is read as %j', (text, scope) => expect(remoteScopeOf(posting('Backend', 'Remote', 'remote', text)).scope).toMatchObject(scope));
  it('does not read "anywhere in Germany" as worldwide', () => {
    expect(remoteScopeOf(posting('Backend', 'Remote', 'remote', 'You can work remotely from anywhere in Germany.')).scope).toMatchObject({ countries: ['DE'], worldwide: false });
  });
});

describe('language requirements stated with German, French and Portuguese words of obligation', () => {
  it.each([
    ['Englisch auf Verhandlungsniveau.', [{ language: 'English', level: 'C1' }]],
    ['Domínio do inglês é essencial.', [{ language: 'English', level: 'B2' }]],
    ['Englischkenntnisse sind Pflicht.', [{ language: 'English', level: 'B2' }]],
  ])('"%s" requires %j', (text, required) => expect(languageDemandsOf(text).required).toEqual(required));
});

describe('a team that works in English, and the country that is not its language', () => {
  it.each(['Bei uns wird Englisch gesprochen.', 'Tu rejoindras une équipe anglophone.', 'Wir arbeiten in einem englischsprachigen Team.'])(
    '"%s" requires English', (text) => expect(languageDemandsOf(text).required).toEqual([{ language: 'English', level: 'B2' }]));
  it('"Deutschland" is the country, not the German language', () => {
    expect(languageDemandsOf('Eine gültige Arbeitserlaubnis für Deutschland ist Voraussetzung.').required).toEqual([]);
  });
});

describe('the right to work asked for in French, Portuguese and English', () => {
  it.each([
    ['Lisboa, Portugal', 'Não oferecemos patrocínio de visto.', 'PT'],
    ['Lisboa, Portugal', 'Necessário ter autorização para trabalhar em Portugal.', 'PT'],
    ['Paris', 'Nous ne sponsorisons pas de visa.', 'FR'],
    ['Montréal', 'Vous devez être autorisé(e) à travailler au Canada.', 'CA'],
    ['Toronto', 'Must be legally eligible to work in Canada.', 'CA'],
  ])('%s, "%s" asks for the right to work in %s', (location, text, country) => {
    expect(postingFacts(posting('Dev', location, 'hybrid', text)).mustBeAuthorizedIn).toEqual([country]);
  });
});

describe('years and junior levels as German, French and Portuguese postings state them', () => {
  it.each([
    ['Mit 5 Jahren Erfahrung in der Entwicklung.', { min: 5, max: null }],
    ['zwischen 3 und 5 Jahren Erfahrung', { min: 3, max: 5 }],
    ['ab 4 Jahren Berufserfahrung', { min: 4, max: null }],
  ])('"%s" asks for %j', (text, years) => expect(yearsAsked(text)).toEqual(years));
  it('"lab 3 years" is no "ab 3 Jahre"', () => expect(yearsAsked('Our lab 3 years ago moved.')).toBeNull());
  it.each(['Développeur débutant', 'Jeune diplômé ingénieur', 'Desenvolvedor recém-formado'])('"%s" is junior', (title) => expect(levelOfTitle(title)).toBe('junior'));
});

describe('short Portuguese postings', () => {
  it.each(['Desenvolvedor iOS. Modelo de trabalho: home office.', 'Backend. Regime de teletrabalho total.'])('"%s" is Portuguese, not Dutch', (text) => expect(detectLanguage(text)).toBe('pt'));
});

describe('a move within the country', () => {
  const paulista = (relocation: Record<string, unknown> | null) => profile({
    titles: ['Mobile Engineer'], skills: ['Kotlin', 'Swift'],
    logistics: { currentResidence: { city: 'São Paulo', country: 'Brazil' }, willingToRelocate: true, ...(relocation ? { relocation } : {}), workAuthorization: [{ region: 'Brazil', regionCode: 'BR', status: 'citizen' }] },
    languages: [{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }],
    preferences: { exclusions: {}, workEnvironments: ['remote', 'hybrid'] },
  });
  const campinas = posting('Desenvolvedor(a) Android Sênior', 'Campinas, SP', 'hybrid', 'Híbrido em Campinas, 3x na semana. Kotlin.');
  it('is no move for someone whose named moves are all abroad', () => {
    expect(preGate(campinas, paulista({ countries: ['CA', 'PT'], requires: ['sponsorship'] }))).toMatch(/^place: .*you would move only to Canada or Portugal/);
  });
  it('is still one for someone who relocates without naming where', () => expect(preGate(campinas, paulista(null))).toBeNull());
});

describe('role titles in German, French and Portuguese', () => {
  it.each([
    ['Dateningenieur:in (m/w/d)', 'data-engineering'], ['Datenwissenschaftler (m/w/d)', 'data-science'], ['Scientifique des données (H/F)', 'data-science'],
    ['Analyste BI (H/F)', 'data-analysis'], ['Analyste décisionnel', 'data-analysis'], ['Ingénieur Cloud AWS (H/F)', 'platform'],
    ['Cloud-Ingenieur (m/w/d)', 'platform'], ['Engenheiro(a) de Cloud', 'platform'], ['Ingénieure sécurité', 'security'],
    ['Engenheiro(a) de Segurança', 'security'],
  ])('"%s" is %s', (title, family) => expect(familyOfTitle(title)).toBe(family));
});
