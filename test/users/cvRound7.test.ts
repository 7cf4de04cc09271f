// A CV read as a recruiter reads it, round 7 (issue 30): skills as CVs write them. A skills table flattened to
// text whose level cell says "Grundkenntnisse", an item marked "(basic)": what a candidate only knows the basics
// of is not a skill they are offered for. A two-column experience line keeps its dates after a run of spaces; a
// headline's "Backend / Full Stack" after a generic title is its specialty, and the headline may be the header's
// fourth line after a blank one; a pay floor wrapped between its currency and its amount ("From USD⏎4,000"); an
// address line's street named after a city ("Rua Cardeal Arcoverde, 123") is no residence, and a postal code is
// no part of the city ("1070 Wien").
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { deriveProfileFromCv, titlesFrom, withoutBasics } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

describe('skills marked as basics', () => {
  it('a flattened table row whose level cell says so gives no skills', () => {
    const cv = `Jonas Gruber\nSenior Mobile Developer (Flutter)\nWien, Österreich\n\nKenntnisse\nBereich | Technologien | Niveau\nMobile | Flutter, Dart | Experte\nNativ | Kotlin, Swift | Grundkenntnisse\n\nBerufserfahrung\n03/2021 – heute  Senior Flutter Developer, Alpen GmbH, Wien\n`;
    const { skills } = deriveProfileFromCv(cv, AS_OF);
    expect(skills).toEqual(expect.arrayContaining(['Flutter', 'Dart']));
    expect(skills).not.toContain('Swift');
    expect(skills).not.toContain('Kotlin');
  });
  it.each([
    ['Skills: Kotlin (Coroutines, Flow), Swift (basic), Jetpack Compose', 'Swift', ['Kotlin', 'Jetpack Compose']],
    ['Compétences : Python, Go – notions, Docker', 'Go', ['Python', 'Docker']],
    ['Habilidades: React Native, TypeScript, Swift (básico)', 'Swift', ['React Native', 'TypeScript']],
  ])('"%s" drops %s and keeps the rest', (line, dropped, kept) => {
    expect(withoutBasics(line)).not.toMatch(new RegExp(`\\b${dropped}\\b`));
    for (const k of kept) expect(withoutBasics(line)).toContain(k);
  });
  it('a table row at another level, and prose that says "basic", keep their skills', () => {
    expect(withoutBasics('Mobile | Flutter, Dart | Experte')).toContain('Flutter');
    expect(withoutBasics('Built basic CI pipelines with GitHub Actions and Swift scripts.')).toContain('Swift');
  });
});

describe('titles as two-column CVs and headlines write them', () => {
  it('a role line keeps its dates after a run of spaces, and they go', () => {
    expect(titlesFrom('Maple Ledger Inc., Toronto, ON — Senior Software Engineer                      Jan 2021 – Present')).toEqual(['Senior Software Engineer']);
    expect(titlesFrom('Acme — Backend Developer\t\tMar 2019 – Dec 2020')).toEqual(['Backend Developer']);
  });
  it('"Backend / Full Stack" after a generic title is its specialty', () => {
    expect(titlesFrom('SENIOR SOFTWARE ENGINEER — BACKEND / FULL STACK')).toEqual(['SENIOR SOFTWARE ENGINEER (BACKEND / FULL STACK)']);
    expect(titlesFrom('Software Engineer | Front End')).toEqual(['Software Engineer (Front End)']);
  });
  it('the headline under a blank line in the header is read', () => {
    const cv = `DANIEL OKAFOR\nToronto, ON, Canada · daniel@example.com\nCanadian citizen\n\nSENIOR SOFTWARE ENGINEER — BACKEND / FULL STACK\n\nEXPERIENCE\n\nMaple Ledger Inc., Toronto, ON — Senior Software Engineer                      Jan 2021 – Present\n• Built the invoicing API in TypeScript.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).titles[0]).toBe('SENIOR SOFTWARE ENGINEER (BACKEND / FULL STACK)');
  });
});

describe('a pay floor wrapped between currency and amount', () => {
  it.each(['From USD\n4,000 a month.', 'Expected: from\nUSD 4,000 a month.'])('"%s"', (wish) => {
    const cv = `Wanjiru Kamau\nSenior DevOps Engineer\nNairobi, Kenya\nSummary\nDevOps engineer with 6 years.\nLooking for: remote roles. Full-time or contract. ${wish}\nExperience\nPesa Haraka\nSenior DevOps Engineer\n`;
    expect(deriveProfileFromCv(cv, AS_OF).salaryFloor).toMatchObject({ amount: 4000, currency: 'USD', period: 'month' });
  });
});

describe('skills in Portuguese experience bullets', () => {
  it('"no app Android em Kotlin" names skills, it does not negate them', () => {
    const cv = 'Ana Ribeiro\nEngenheira de Software Sênior\nSão Paulo, SP\n\nExperiência\nNubanco — Engenheira de Software Sênior | 2019 – atual\n• Desenvolvimento no app Android em Kotlin e no app iOS em Swift e SwiftUI.\n';
    expect(deriveProfileFromCv(cv, AS_OF).skills).toEqual(expect.arrayContaining(['Kotlin', 'Android', 'iOS', 'Swift', 'SwiftUI']));
  });
});

describe('a LinkedIn export\'s headline', () => {
  it('is read with its specialty, though it comes after the side column', () => {
    const cv = 'Contact\nbruna@example.com\nTop Skills\nAndroid Development\niOS Development\nMobile Applications\nLanguages\nPortuguese (Native or Bilingual)\nEnglish (Full Professional)\nBruna Alves\nSenior Software Engineer | Android & iOS | Kotlin · Swift\nSão Paulo, São Paulo, Brazil\nSummary\nMobile engineer with 9 years.\nExperience\nPicPay\nSenior Software Engineer\nMarch 2021 - Present (4 years 1 month)\nSão Paulo, Brazil\n';
    expect(deriveProfileFromCv(cv, AS_OF).titles[0]).toBe('Senior Software Engineer (Android & iOS)');
  });
});

describe('an address line', () => {
  const residence = (line: string) => deriveProfileFromCv(`Maria Silva\n${line}\nmaria@example.com\n\nExperiência\nEngenheira Android Sênior — Acme | 2019 – atual\n`, AS_OF).logistics.currentResidence;
  it.each([
    ['Endereço: Rua Cardeal Arcoverde, 123 - Pinheiros, São Paulo/SP - CEP 05422-000', 'São Paulo', 'BR'],
    ['Calle de Toledo 12, Madrid', 'Madrid', 'ES'],
    ['Rua Recife 45, Belo Horizonte', 'Belo Horizonte', 'BR'],
  ])('"%s": a street named after a city is no residence', (line, city, countryCode) => {
    expect(residence(line)).toMatchObject({ city, countryCode });
  });
  it.each([['Wohnort: 1070 Wien', 'Wien'], ['Wohnort: A-1070 Wien', 'Wien']])('"%s": the city without its postal code', (line, city) => {
    expect(residence(line)).toMatchObject({ city, countryCode: 'AT' });
  });
});

describe('the level a CV presents', () => {
  const cv = (headline: string) => `# Rafael Oliveira\n${headline}\n\nSão Paulo, Brazil | rafael@example.com\n\n## Work experience\n\n` +
    '**Staff Engineer, Mobile Platform** · PicPay · São Paulo · 2022 – present\n- Own the app\'s modularisation.\n\n' +
    '**Senior Software Engineer (iOS)** · Itaú · São Paulo · 2019 – 2022\n';
  it('is the headline\'s when it names one, whatever the current role\'s title says', () => {
    const derived = deriveProfileFromCv(cv('Senior Software Engineer — Mobile (Android/iOS)'), AS_OF);
    expect(derived.seniority).toBe('senior');
    expect(derived.sources?.seniority).toMatch(/Senior Software Engineer/);
  });
  it('is the current role\'s when the headline names none', () => {
    expect(deriveProfileFromCv(cv('Mobile Engineer (Android/iOS)'), AS_OF).seniority).toBe('staff');
  });
});
