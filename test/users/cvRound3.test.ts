// A CV read as a recruiter reads it, round 3 (issue 30): CVs in German, French (Belgium, Québec) and European
// Portuguese: a nationality written as an adjective ("Staatsangehörigkeit: deutsch", "Nationalité : belge"), a
// "What I am looking for" section, the pay asked for as "Attentes salariales" or "Rémunération souhaitée",
// permanent work as "contrato sem termo", team management as Portugal writes it ("gestão de equipas"), German
// compounds for an industry ruled out ("Rüstungsindustrie") and French elision in a negation ("pas d'entreprises").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { deriveProfileFromCv } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

const CV_DE = `# Julia Schmitt
Data Scientist
Wohnort: München, Deutschland | julia.schmitt@example.com | +49 170 5550000
Staatsangehörigkeit: deutsch

## Profil
Data Scientist mit fünf Jahren Erfahrung in Python, SQL und Machine Learning.

## Was ich suche
Remote innerhalb der DACH-Region oder hybrid in München. Ein Umzug nach Österreich oder in die Schweiz käme nur mit Umzugshilfe in Frage.
Keine Führungsposition. Keine Rüstungsindustrie.
Gehaltsvorstellung: 75.000 € brutto im Jahr

## Berufserfahrung
**Data Scientist** – Versicherung, München (04/2020 – heute)

## Sprachen
Deutsch: Muttersprache · Englisch: fließend (C1) · Französisch: Grundkenntnisse
`;
const CV_FR_BE = `Thomas Girard
Ingénieur DevOps confirmé
Bruxelles, Belgique — thomas.girard@example.com — +32 470 55 55 55
Nationalité : belge

PROFIL
Ingénieur DevOps, 6 ans d'expérience (Kubernetes, Terraform, AWS).

SOUHAITS
Télétravail complet depuis la Belgique ou hybride à Bruxelles. Pas de déménagement.
CDI de préférence ; pas de freelance ni de portage salarial.
Pas de management d'équipe.
Rémunération souhaitée : 60 000 € bruts par an

EXPÉRIENCE
2019 – aujourd'hui : Ingénieur DevOps, banque, Bruxelles

LANGUES
Français (langue maternelle), néerlandais (B2), anglais (C1)
`;
const CV_PT_PT = `**JOÃO PEDRO MACHADO**
Desenvolvedor Backend Sênior
Morada: Lisboa, Portugal · joao.machado@example.com · +351 910 000 000
Nacionalidade: portuguesa

**PERFIL**
Desenvolvedor backend com 9 anos de experiência em Java e Kotlin.

**O QUE PROCURO**
Teletrabalho a partir de Portugal ou regime híbrido em Lisboa. Não me mudo.
Contrato sem termo. Não tenho interesse em funções de gestão de equipas nem em empresas de apostas online.
Pretensão salarial: 55.000 € brutos anuais

**EXPERIÊNCIA**
**Desenvolvedor Backend Sênior** | Banco digital | Lisboa | jan/2019 – atual

**IDIOMAS**
Português (nativo), Inglês (C1), Espanhol (B1)
`;
const CV_EN_PORTO = `INÊS MOREIRA
Data Analyst
Porto, Portugal  ·  ines.moreira@example.com

EXPERIENCE
Data Analyst — Logistics company, Porto                 Jan 2022 – present

WHAT I AM LOOKING FOR
Full-time, permanent or a contract of six months or more. Remote from Portugal, or hybrid in Porto.
Not moving to Lisbon or abroad. Not interested in sales roles.
`;
const CV_FR_QC = `Camille Tremblay
Développeuse front-end
Montréal (Québec) Canada  |  camille.tremblay@example.com

EXPÉRIENCE
Développeuse front-end, Détaillant en ligne, Montréal — mai 2020 à aujourd'hui

CE QUE JE RECHERCHE
Un poste permanent à temps plein, en télétravail au Canada ou en mode hybride à Montréal.
Pas d'entreprises de jeux d'argent ni de casinos en ligne.
Attentes salariales : à partir de 85 000 $ par année.
`;

describe('CVs in German, French and European Portuguese', () => {
  it('reads a nationality written as an adjective', () => {
    expect(deriveProfileFromCv(CV_DE, AS_OF).logistics.workAuthorization).toEqual([{ region: 'Germany', regionCode: 'DE', status: 'citizen' }]);
    expect(deriveProfileFromCv(CV_FR_BE, AS_OF).logistics.workAuthorization).toEqual([{ region: 'Belgium', regionCode: 'BE', status: 'citizen' }]);
  });
  it('reads a German compound naming an industry ruled out', () => expect(deriveProfileFromCv(CV_DE, AS_OF).preferences.exclusions.industries).toEqual(['defense']));
  it('reads "contrato sem termo" as permanent work and "gestão de equipas" as management ruled out', () => {
    const p = deriveProfileFromCv(CV_PT_PT, AS_OF);
    expect(p.preferences.jobTypes).toEqual(['full-time']);
    expect(p.preferences.exclusions.roleTypes).toContain('management');
  });
  it('reads "What I am looking for" as the preferences section', () => {
    const p = deriveProfileFromCv(CV_EN_PORTO, AS_OF);
    expect(p.preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(p.logistics.willingToRelocate).toBe(false);
    expect(p.preferences.exclusions.roleTypes).toEqual(['sales']);
    expect(p.preferences.minContractMonths).toBe(6);
  });
  it('reads "Attentes salariales" as the floor and "pas d\'entreprises de jeux d\'argent" as gambling ruled out', () => {
    const p = deriveProfileFromCv(CV_FR_QC, AS_OF);
    expect(p.salaryFloor).toEqual({ amount: 85000, currency: 'CAD', period: 'year' });
    expect(p.preferences.exclusions.industries).toEqual(['gambling']);
  });
  it('reads "Rémunération souhaitée" as the floor', () => expect(deriveProfileFromCv(CV_FR_BE, AS_OF).salaryFloor).toEqual({ amount: 60000, currency: 'EUR', period: 'year' }));

  it.each([
    ['Remote only: worldwide, EMEA or Africa. Full-time, or contracts of 6+ months.'],
    ['Télétravail uniquement (Afrique ou Europe). CDI ou mission d\'au moins 6 mois.'],
    ['Remote oder hybrid in Graz. Festanstellung oder Projekte von mindestens 6 Monaten.'],
  ])('reads the shortest contract taken in "%s"', (line) => {
    const p = deriveProfileFromCv(`Alex Example\nBackend Engineer\nLisbon, Portugal | alex@example.com\n\nLOOKING FOR\n${line}\n\nEXPERIENCE\nBackend Engineer — Company, Lisbon     Jan 2020 – present\n`, AS_OF);
    expect(p.preferences.jobTypes).toEqual(['full-time', 'contract']);
    expect(p.preferences.minContractMonths).toBe(6);
  });
  it('does not read "missions" (tasks) as contract work', () => {
    const p = deriveProfileFromCv('Alex Example\nDéveloppeur\nLyon, France\n\nRECHERCHE\nUn CDI où mes missions touchent à l\'architecture.\n', AS_OF);
    expect(p.preferences.jobTypes).toEqual(['full-time']);
  });
});
