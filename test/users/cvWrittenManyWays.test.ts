// A CV read as a recruiter reads it, round 2 (issue 30): CVs in Spanish, French and Portuguese as people there
// write them: a personal-details block, "Depuis 2021" and "mar/2016 – dez/2019" dates, preferences at the end or
// wrapped over lines, conjugated moves ("me mudaría", "não pretendo me mudar"), kinds of work ruled out, industries
// and technologies ruled out, the pay asked for, the city read within the country the line names, and a PDF
// whose words come in several runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateFacts } from '../../src/analyze/candidate.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { validateProfile } from '../../src/analyze/profile.js';
import { deriveProfileFromCv, yearsOfExperience } from '../../src/users/cvProfile.js';
import { cvText } from '../../src/users/cvText.js';
import { pdfOfRuns } from '../helpers/pdf.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

const CV_ES = `CURRÍCULUM

Daniela Rojas Pérez
Ingeniera de Datos Senior

DATOS PERSONALES
Domicilio: Valencia, Carabobo, Venezuela
Teléfono: +58 412 555 0000
Correo: daniela.rojas@example.com
Nacionalidad: venezolana y española

PERFIL
Ingeniera de datos con ocho años de experiencia en Python, Spark y Airflow sobre AWS.

QUÉ BUSCO
Trabajo remoto para empresas de cualquier país, en relación de dependencia o como contractor
facturando en dólares. Nada de contratos temporales ni freelance.
Me mudaría a Portugal o a España.
No me interesan las empresas de apuestas deportivas ni de criptomonedas. Nada de Scala.
Pretensión salarial: desde USD 3.500 mensuales.

EXPERIENCIA LABORAL
2019 – actualidad | Ingeniera de Datos Senior | Empresa de logística
  • Pipelines en Python y Spark orquestados con Airflow.
2017 – 2018 | Ingeniera de Datos | Banco regional
  • Procesos batch en Scala.

CONOCIMIENTOS
Python, Spark, Airflow, SQL, AWS, Scala

IDIOMAS
Español: nativo
Inglés: avanzado (C1)
`;

const CV_FR = `Awa Ndiaye
Ingénieure QA Automatisation
Dakar, Sénégal — awa.ndiaye@example.com — +221 77 000 00 00
Nationalité : sénégalaise

EXPÉRIENCE PROFESSIONNELLE
Depuis 2021 : Ingénieure QA Automatisation — Fintech de paiement mobile, Dakar
- Tests de bout en bout avec Playwright et Cypress, intégration continue sous Jenkins.
2018 - 2020 : Testeuse logiciel — ESN, Dakar

COMPÉTENCES
Playwright, Cypress, Selenium, Java, Python, Jenkins

LANGUES
Français : bilingue
Wolof : langue maternelle
Anglais : courant

MOBILITÉ ET SOUHAITS
CDI uniquement, pas de CDD ni de freelance. Télétravail depuis le Sénégal ou hybride à Dakar.
Je déménagerais au Canada ou en France uniquement avec un
permis de travail parrainé par l'employeur. Pas de gestion d'équipe.
`;

const CV_PT = `**Thiago Martins Pereira**
Engenheiro de Software Backend

**Dados pessoais**
Cidade: Porto Alegre – RS, Brasil
E-mail: thiago.pereira@example.com

**O que busco**
Vagas remotas no Brasil ou híbridas em Porto Alegre, CLT ou PJ.
Não pretendo me mudar de cidade.
Pretensão salarial: R$ 18.000 por mês.

**Experiência profissional**
jan/2020 – atual — Engenheiro de Software Backend — Cooperativa de crédito
- APIs em Java e Kotlin com Spring Boot.
mar/2016 – dez/2019 — Analista de Dados — Varejista
- Relatórios em SQL e Power BI.

**Idiomas**
Português: nativo · Inglês: avançado
`;

const CV_PUNE = `RAHUL VERMA
Senior Data Analyst
Current location: Pune, Maharashtra | +91 98220 00000 | rahul.verma@example.com

PROFESSIONAL SUMMARY
Data analyst with 5+ years in retail and fintech analytics: SQL, Python, Tableau and Power BI.

OPEN TO
Remote (India) or hybrid in Pune. Full-time only; not looking for contract or freelance work.
Notice period: 30 days. Expected CTC: 28 LPA.

WORK EXPERIENCE
Senior Data Analyst | A payments company | Pune | Apr 2022 – Present
Data Analyst | An e-commerce marketplace | Bengaluru | Jul 2019 – Mar 2022

EDUCATION
B.Tech, Computer Science, 2015 – 2019

LANGUAGES
English (fluent), Hindi (native), Marathi (native)
`;

const CV_MEDELLIN = `Valentina Ospina Restrepo
Desarrolladora Backend Senior
Medellín, Antioquia (Colombia) · valentina.ospina@example.com · +57 300 000 0000

Perfil
Desarrolladora backend con 6 años de experiencia en Java, Spring Boot y Kotlin sobre AWS.

Intereses laborales
- Trabajo remoto desde Colombia o híbrido en Medellín.
- Contrato a término indefinido; no me interesan contratos por prestación de servicios.
- No quiero liderar equipos.
- Aspiración salarial: COP 14.000.000 mensuales.

Experiencia
Desarrolladora Backend Senior — Banco digital (ene. 2021 – actual)
Desarrolladora Java — Consultora (feb. 2019 – dic. 2020)

Idiomas
Español: nativo. Inglés: B2.
`;

const CV_LAGOS = `CHINEDU OKAFOR
Backend Engineer (Node.js / TypeScript)
Lagos, Nigeria • chinedu.okafor@example.com • github.com/chinedu-example

Summary
Backend engineer, four years building payment APIs in Node.js and TypeScript with PostgreSQL.

Work authorisation
Nigerian citizen. I would need visa sponsorship to work in the UK or the EU.

What I'm looking for
Fully remote roles, open to companies hiring in EMEA or worldwide. Full-time or long-term contracts (6 months or more).
Not interested in gambling or betting companies.

Experience
2021 - present  Backend Engineer, a fintech, Lagos
2020 - 2021  Junior Backend Developer, a logistics startup, Lagos

Languages
English — native; Yoruba — native; French — basic
`;

const CV_MONTREAL = `Émilie Tremblay
Analyste de données
Montréal (QC) H2X 1Y4 — emilie.tremblay@example.com — 514 555-0100
Statut : citoyenne canadienne

Profil
Analyste de données, quatre ans d'expérience en SQL, Python et Power BI.

Ce que je recherche
Poste permanent à temps plein, en mode hybride à Montréal ou en télétravail au Canada.
Je ne souhaite pas déménager.

Expérience
2021 – aujourd'hui : Analyste de données, assureur, Montréal
2019 – 2021 : Analyste BI junior, détaillant, Laval

Langues
Français (langue maternelle), anglais (avancé)
`;

describe('a CV written the way people write it where they live', () => {
  it('reads a Spanish CV: the details block, the city within the country it names, citizenship, what they look for, the pay asked', () => {
    const p = deriveProfileFromCv(CV_ES, AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Valencia', countryCode: 'VE' });
    expect(p.logistics.workAuthorization.map((a) => a.regionCode).sort()).toEqual(['ES', 'VE']);
    expect(p.logistics).toMatchObject({ willingToRelocate: true, relocation: { countries: ['PT', 'ES'] } });
    expect(p.preferences.jobTypes).toEqual(['full-time', 'contract']);
    expect(p.preferences.exclusions).toMatchObject({ jobTypes: ['temporary', 'freelance'], industries: ['gambling', 'crypto'], technologies: ['Scala'] });
    expect(p.skills).not.toContain('Scala'); // what they rule out is no skill they offer, whatever an old job used
    expect(p.salaryFloor).toEqual({ amount: 3500, currency: 'USD', period: 'month' });
    expect(p.sources.salaryFloor).toMatch(/^line 20: Pretensión salarial/);
    const r = validateProfile(p);
    if (!r.ok) throw new Error(r.message);
    // A Spanish passport opens the EU.
    expect(candidateFacts(r.profile).authorizedIn.has('DE')).toBe(true);
  });

  it('reads a French CV: "Depuis 2021" dates, preferences at the end, a condition wrapped over two lines', () => {
    const p = deriveProfileFromCv(CV_FR, AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Dakar', countryCode: 'SN' });
    expect(p.logistics.workAuthorization).toEqual([expect.objectContaining({ regionCode: 'SN', status: 'citizen' })]);
    expect(p.titles).toEqual(['Ingénieure QA Automatisation', 'Testeuse logiciel']);
    expect(p.yearsOfExperience).toBe(6);
    expect(p.logistics.relocation).toEqual({ countries: ['CA', 'FR'], requires: ['sponsorship'] });
    expect(p.preferences).toMatchObject({ jobTypes: ['full-time'], exclusions: { jobTypes: ['temporary', 'freelance'], roleTypes: ['management'] } });
    expect(p.languages).toEqual([{ language: 'French', level: 'native' }, { language: 'Wolof', level: 'native' }, { language: 'English', level: 'C1' }]);
  });

  it('reads a Portuguese CV: "mar/2016 – dez/2019" dates, a move ruled out in words, the current role\'s family only', () => {
    const p = deriveProfileFromCv(CV_PT, AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Porto Alegre', countryCode: 'BR' });
    expect(p.logistics.willingToRelocate).toBe(false);
    expect(p.sources['logistics.willingToRelocate']).toBe('line 10: Não pretendo me mudar de cidade.');
    expect(p.yearsOfExperience).toBe(8); // 2016–2019 and 2020–2025, counted by year
    expect(p.titles).toEqual(['Engenheiro de Software Backend']); // the analyst years before are where they came from
    expect(p.salaryFloor).toEqual({ amount: 18000, currency: 'BRL', period: 'month' });
  });

  it.each([
    ['mar/2018 – dez/2019\nmar/2021 – atual', 5],
    ['janv. 2017 – déc. 2019', 2],
    ['Depuis 2022 : Ingénieur DevOps', 3],
    ['Since March 2020: Data Engineer', 5],
  ])('counts the years of "%s" as %i', (text, years) => expect(yearsOfExperience(text, 2025)).toBe(years));
});

describe('headings as plain text writes them, and statements of their own kind', () => {
  it('reads Title-case headings that are nothing but a heading\'s words ("Ce que je recherche", "Intereses laborales", "OPEN TO")', () => {
    const montreal = deriveProfileFromCv(CV_MONTREAL, AS_OF);
    expect(montreal.preferences).toMatchObject({ workEnvironments: ['remote', 'hybrid'], jobTypes: ['full-time'] });
    expect(montreal.logistics.willingToRelocate).toBe(false);
    const medellin = deriveProfileFromCv(CV_MEDELLIN, AS_OF);
    expect(medellin.preferences).toMatchObject({ workEnvironments: ['remote', 'hybrid'], jobTypes: ['full-time'], exclusions: { roleTypes: ['management'], jobTypes: ['contract'] } });
    expect(medellin.languages).toEqual([{ language: 'Spanish', level: 'native' }, { language: 'English', level: 'B2' }]); // "Español: nativo. Inglés: B2."
  });

  it('scopes a negation over a list of kinds of work, and reads the pay asked after another statement on its line', () => {
    const pune = deriveProfileFromCv(CV_PUNE, AS_OF);
    expect(pune.preferences.jobTypes).toEqual(['full-time']);
    expect(pune.preferences.exclusions.jobTypes?.sort()).toEqual(['contract', 'freelance']);
    expect(pune.salaryFloor).toEqual({ amount: 2_800_000, currency: 'INR', period: 'year' }); // "Expected CTC: 28 LPA": lakhs are rupees
  });

  it('takes citizenship sentence by sentence: a country named where sponsorship is needed is no citizenship', () => {
    const lagos = deriveProfileFromCv(CV_LAGOS, AS_OF);
    expect(lagos.logistics.workAuthorization).toEqual([expect.objectContaining({ regionCode: 'NG', status: 'citizen' })]);
    expect(lagos.preferences).toMatchObject({ workEnvironments: ['remote'], jobTypes: ['full-time', 'contract'], minContractMonths: 6, exclusions: { industries: ['gambling'] } });
  });
});

describe('a PDF CV', () => {
  it('joins the runs a word was printed in ("Certi" "fi" "ed"), and keeps words apart where there is a gap', async () => {
    // Helvetica at 12 pt: "Certi" is 25.332 pt wide, "fi" 6 pt (set in a font of its own, as a ligature is); the
    // last run starts after a space's width.
    const pdf = pdfOfRuns([{ text: 'Certi', x: 72 }, { text: 'fi', x: 97.332, font: 2 }, { text: 'ed', x: 103.332 }, { text: 'AWS', x: 120 }]);
    expect(await cvText('cv.pdf', pdf)).toBe('Certified AWS');
  });
});
