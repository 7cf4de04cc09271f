// A CV read as a recruiter reads it, round 5 (issue 30): the name and the title on one header line, an
// "I'm looking for" heading, Portuguese "contratam" (hire) that is no contract, and a sentence that states where
// they work and, after "or", where they would move; leadership ruled out in Portuguese and Spanish; the platforms
// (Android, iOS) as skills, and React Native, which is no React; a nationality alone in the header ("Brasileiro.").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { deriveProfileFromCv, titlesFrom } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

const CV_EN = `NADIA FAROUK | Senior Android Engineer
Alexandria, Egypt · +20 100 000 0000 · nadia@example.com

SUMMARY
Android engineer with seven years of experience in Kotlin.

EXPERIENCE
Senior Android Engineer — Logistics company, Alexandria                Jan 2021 – Present
Android Developer — Agency, Cairo                                      Jun 2018 – Dec 2020

I’M LOOKING FOR
Senior Android roles. Fully remote (EMEA time zones or worldwide), or relocation to the Netherlands if the company sponsors the visa.
Permanent full-time only. No people management.
`;

const CV_PT = `# João Pedro Alves

Desenvolvedor iOS Sênior

Salvador, BA · joao.alves@example.com

## Objetivo

Remoto no Brasil ou para empresas de fora que contratam no Brasil. CLT ou PJ.

## Experiência

**Desenvolvedor iOS Sênior** — Fintech, Salvador · jan 2020 – atual
`;

describe('the name and the title on one header line', () => {
  it.each([
    ['NADIA FAROUK | Senior Android Engineer', 'Senior Android Engineer'],
    ['Lucas Prado — Desenvolvedor iOS Pleno', 'Desenvolvedor iOS Pleno'],
    ['Senior Backend Engineer — Acme, 2019 – present', 'Senior Backend Engineer'],
  ])('"%s" gives the title "%s"', (line, title) => expect(titlesFrom(line)[0]).toBe(title));
  it('keeps the name out of the derived titles', () => expect(deriveProfileFromCv(CV_EN, AS_OF).titles).not.toContain('NADIA FAROUK'));
});

describe('an "I’m looking for" heading (capitals, a curly apostrophe)', () => {
  it('reads the section as preferences: workplace and regions before the move, the move and its condition, the employment type, no management', () => {
    const p = deriveProfileFromCv(CV_EN, AS_OF);
    expect(p.preferences).toMatchObject({ workEnvironments: ['remote'], remoteRegions: expect.arrayContaining(['emea']), jobTypes: ['full-time'] });
    expect(p.preferences.exclusions.roleTypes).toContain('management');
    expect(p.logistics).toMatchObject({ willingToRelocate: true, relocation: { countries: ['NL'], requires: ['sponsorship'] } });
    expect(p.sources['preferences.workEnvironments']).toMatch(/Fully remote/);
  });
});

describe('Portuguese "contratam" (they hire) is no contract', () => {
  it('takes CLT and PJ, and rules nothing out', () => {
    const p = deriveProfileFromCv(CV_PT, AS_OF);
    expect(p.preferences.jobTypes).toEqual(expect.arrayContaining(['full-time', 'contract']));
    expect(p.preferences.exclusions.jobTypes).toBeUndefined();
  });
  it('still reads "contratos" and "contrat" as contracts', () => {
    const cv = (line: string) => deriveProfileFromCv(`# Ana\n\nDesenvolvedora Java\n\n## Objetivo\n\n${line}\n`, AS_OF).preferences;
    expect(cv('Busco contratos de 6 meses ou mais.').jobTypes).toContain('contract');
    expect(cv('Je cherche un contrat de 6 mois ou plus.').jobTypes).toContain('contract');
  });
});

describe('leadership ruled out', () => {
  it.each([
    'Não quero cargos de liderança de pessoas.',
    'No busco cargos de liderazgo.',
    'Not looking for leadership roles.',
  ])('"%s" rules out management', (line) => {
    expect(deriveProfileFromCv(`# Ana\n\nMobile Engineer\n\n## Looking for\n\n${line}\n`, AS_OF).preferences.exclusions.roleTypes).toContain('management');
  });
});

describe('the mobile platforms and React Native', () => {
  const cv = `# Gustavo Lima\n\nSenior Android & iOS Developer\n\n## Skills\n\nKotlin, Swift, Jetpack Compose, SwiftUI, React Native\n`;
  it('keeps Android and iOS as skills, and React Native without React', () => {
    const skills = deriveProfileFromCv(cv, AS_OF).skills;
    expect(skills).toEqual(expect.arrayContaining(['Android', 'iOS', 'React Native']));
    expect(skills).not.toContain('React');
  });
  it('still reads React beside React Native', () => expect(deriveProfileFromCv(`${cv}React, Next.js\n`, AS_OF).skills).toContain('React'));
});

describe('a nationality alone in the header', () => {
  it.each([['Brasileiro.', 'BR'], ['Brasileira, casada, 32 anos', 'BR'], ['Polish.', 'PL']])('"%s" is a citizen of %s', (line, code) => {
    const p = deriveProfileFromCv(`# Rafael Moura\n\nEngenheiro Mobile Sênior\n\nBelo Horizonte, MG · rafael@example.com\n\n${line}\n\n## Resumo\n\nMobile.\n`, AS_OF);
    expect(p.logistics.workAuthorization).toEqual([expect.objectContaining({ regionCode: code, status: 'citizen' })]);
  });
  it('does not take a nationality inside a sentence for citizenship', () => {
    const p = deriveProfileFromCv(`# Rafael Moura\n\nEngenheiro Mobile Sênior\n\nBelo Horizonte, MG\n\nWorked for a Polish bank.\n`, AS_OF);
    expect(p.logistics.workAuthorization).toEqual([]);
  });
});

describe('headings as German and Markdown CVs write them', () => {
  const CV_DE = `Persönliche Daten\nName: Markus Weber\nAnschrift: Lindenstraße 12, 50674 Köln\n\nBeruflicher Werdegang\n04/2020 – heute    Senior Android-Entwickler, Startup, Köln\n09/2016 – 03/2020  App-Entwickler (Android), Agentur, Düsseldorf\n\nWunschposition\nSenior Android-Entwickler in Festanstellung. Remote oder hybrid in Köln.\n`;
  it('reads "Beruflicher Werdegang" as the experience section (the wished position is no title held)', () => {
    expect(deriveProfileFromCv(CV_DE, AS_OF).titles).toEqual(['Senior Android-Entwickler', 'App-Entwickler']);
  });
  const CV_MD = `## Karolina Nowak\n### Mobile Engineer\n\n**Based in** Kraków, Poland\n\n**Work**\n- *Senior Mobile Engineer*, Health startup (remote) — 2021–present\n- *iOS Developer*, Software house, Kraków — 2019–2021\n\n**Next role** Senior mobile (React Native or iOS). Remote within the EU, B2B contract preferred. Not open to relocation.\n`;
  it('reads a bold label with its content on the same line as that section ("**Next role** …")', () => {
    const p = deriveProfileFromCv(CV_MD, AS_OF);
    expect(p.preferences).toMatchObject({ workEnvironments: ['remote'], remoteRegions: ['eu'], jobTypes: ['contract'] });
    expect(p.logistics.willingToRelocate).toBe(false);
  });
  it('reads "**Work**" as the experience section and titles without their emphasis, the latest giving the level', () => {
    const p = deriveProfileFromCv(CV_MD, AS_OF);
    expect(p.titles).toEqual(['Mobile Engineer', 'Senior Mobile Engineer', 'iOS Developer']);
    expect(p.seniority).toBe('senior');
  });
  it('keeps "Work permit:" a line, not a heading', () => {
    expect(deriveProfileFromCv(`# Ana\n\nBackend Engineer\n\nWork permit: EU Blue Card holder.\n\n## Experience\nBackend Engineer, Acme, 2019 – present\n`, AS_OF).titles).toEqual(['Backend Engineer']);
  });
});
