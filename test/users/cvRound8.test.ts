// A CV read as a recruiter reads it, round 8 (issue 30): Markdown CVs as people lay them out. A heading that
// starts with an emoji ("## 🎯 Objetivo", "## 💼 Experiência") is the heading its words name; a CV exported with
// HTML inside its Markdown (a GitHub profile README: `<h1>`, `<p>`, `<b>`, `<br>`, links and badge images) is read
// as its text; dates in italics ("_2019 – atual_") are dates; a city-state named in the CV's language ("Singapour", "Singapur") is the city the candidate lives in.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { deriveProfileFromCv } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

describe('headings that start with an emoji', () => {
  const cv = `# Ana Souza\nCuritiba, PR · ana@example.com\n\n## 👩‍💻 Resumo\nEngenheira mobile.\n\n## 💼 Experiência\n### Pinhão Bank — Engenheira Android Sênior\n_2019 – atual_\n- App em Kotlin.\n\n## 🌎 Idiomas\nPortuguês (nativo) · Inglês (C1)\n\n## 🎯 Objetivo\nRemoto no Brasil, somente CLT. Não busco gestão de pessoas.\n`;
  it('the objective under "## 🎯 Objetivo" is read as wishes', () => {
    const { preferences } = deriveProfileFromCv(cv, AS_OF);
    expect(preferences.workEnvironments).toEqual(['remote']);
    expect(preferences.exclusions.roleTypes).toContain('management');
  });
  it('the experience under "## 💼 Experiência" is where the years come from', () => {
    expect(deriveProfileFromCv(cv, AS_OF).yearsOfExperience).toBe(6);
  });
  it('guard: a flag before a language still names it (read before this round too)', () => {
    const langs = deriveProfileFromCv(`# Rafael\nCampinas · SP, Brasil\n\n## 🗣️ Languages\n- 🇧🇷 Portuguese — native\n- 🇬🇧 English — fluent (C2)\n`, AS_OF).languages;
    expect(langs).toEqual(expect.arrayContaining([{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C2' }]));
  });
});

describe('dates in italics', () => {
  it('"_2019 – atual_" under a role is a range of years', () => {
    const cv = `# Ana Souza\nCuritiba, PR\n\n## Experiência\n### Pinhão Bank — Engenheira Android Sênior\n_2019 – atual · Curitiba_\n### Araucária Apps — Desenvolvedora Android\n*2016 – 2019*\n`;
    expect(deriveProfileFromCv(cv, AS_OF).yearsOfExperience).toBe(9);
  });
});

describe('HTML inside a Markdown CV', () => {
  const cv = `<h1 align="center">Beatriz Couto</h1>\n<p align="center">\n  <b>Engenheira de Software Mobile Sênior · Android & iOS</b><br>\n  Rio de Janeiro/RJ · bia@example.com · <a href="https://www.linkedin.com/in/x">LinkedIn</a>\n</p>\n\n<h2>Experiência</h2>\n<p><b>Onda Mídia</b> — Desenvolvedora Android<br><i>2017 – atual</i></p>\n\n<h2>Objetivo</h2>\n<p>Remoto no Brasil ou híbrido no Rio de Janeiro. Somente CLT.</p>\n`;
  it('titles carry no tags', () => {
    const { titles } = deriveProfileFromCv(cv, AS_OF);
    expect(titles[0]).toBe('Engenheira de Software Mobile Sênior');
    for (const t of titles) expect(t).not.toMatch(/[<>]/);
  });
  it('an <h2> is a heading: the objective is read, the residence is the header\'s', () => {
    const profile = deriveProfileFromCv(cv, AS_OF);
    expect(profile.preferences.workEnvironments).toEqual(expect.arrayContaining(['remote', 'hybrid']));
    expect(profile.preferences.jobTypes).toEqual(['full-time']);
    expect(profile.logistics.currentResidence?.city).toBe('Rio de Janeiro');
  });
  it('its character references are decoded, every one HTML names ("S&atilde;o Paulo", "&mdash;", "&ndash;")', () => {
    const encoded = `<h1>Jo&atilde;o Lima</h1>\n<p>S&atilde;o Paulo/SP &middot; joao@example.com</p>\n\n<h2>Experi&ecirc;ncia</h2>\n<p><b>Senior Android Engineer</b> &mdash; Acme<br><i>2016 &ndash; atual</i></p>\n`;
    const profile = deriveProfileFromCv(encoded, AS_OF);
    expect(profile.logistics.currentResidence?.city).toBe('São Paulo');
    expect(profile.titles).toEqual(['Senior Android Engineer']);
    expect(profile.yearsOfExperience).toBe(9);
  });
  it('guard: a badge image gives its alt text, a link its words (its URL named the skill before this round too)', () => {
    const withBadges = `${cv}\n<h2>Stack</h2>\n<img src="https://img.shields.io/badge/Kotlin-7F52FF" alt="Kotlin"> <img alt="Swift" src="x.svg">\n`;
    expect(deriveProfileFromCv(withBadges, AS_OF).skills).toEqual(expect.arrayContaining(['Kotlin', 'Swift']));
  });
});

describe('a city-state named in the CV\'s language', () => {
  it.each(['Adresse : Tanjong Pagar, Singapour', 'Wohnort: Singapur', 'Ubicación: Singapur'])('"%s" is a residence in Singapore', (line) => {
    const cv = `Julien Moreau\n${line}\njulien@example.com\n\nExpérience\n2021 – aujourd'hui Senior SRE, Merlion Pte Ltd\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.currentResidence).toMatchObject({ city: expect.stringMatching(/^Singap/u), countryCode: 'SG' });
  });
});

describe('a move on a condition to cities only', () => {
  it('"Aberta a mudança para Lisboa ou Berlim apenas com patrocínio de visto" is a move to Portugal or Germany, with sponsorship', () => {
    const cv = `# Beatriz Couto\nRio de Janeiro/RJ · bia@example.com\n\n## Objetivo\nRemoto no Brasil ou híbrido no Rio de Janeiro.\nAberta a mudança para Lisboa ou Berlim apenas com patrocínio de visto e pacote de relocação.\n`;
    const { logistics } = deriveProfileFromCv(cv, AS_OF);
    expect(logistics.willingToRelocate).toBe(true);
    expect(logistics.relocation?.countries.sort()).toEqual(['DE', 'PT']);
    expect(logistics.relocation?.requires).toEqual(expect.arrayContaining(['sponsorship', 'relocation support']));
    expect(logistics.relocation?.cities).toEqual(['Lisboa', 'Berlim']);
  });
  it('guard: a move without a condition keeps its cities as places within reach', () => {
    const cv = `Ravi Kumar\nPune, India\n\nLooking for\nOpen to relocating to Bengaluru or Hyderabad.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.relocation?.cities).toEqual(expect.arrayContaining(['Bengaluru', 'Hyderabad']));
  });
});

describe('pay alternatives, one for a contractor', () => {
  it('"R$ 25k/month or USD 6k/month as a contractor" takes employment and contract work', () => {
    const cv = `# Mariana Lima\nSão Paulo, Brazil · m@example.com\n\n## Preferences\n- Remote (Brazil) or hybrid (São Paulo).\n- Compensation: R$ 25k/month or USD 6k/month as a contractor.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
  });
  it('with thousands written out: "R$ 25.000/mês ou USD 6.000/mês como PJ"', () => {
    const cv = `# Mariana Lima\nSão Paulo, Brasil · m@example.com\n\n## Preferências\n- Remuneração: R$ 25.000/mês ou USD 6.000/mês como PJ.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).preferences.jobTypes?.sort()).toEqual(['contract', 'full-time']);
  });
  it('guard: "Contract work only, from USD 6k/month" is contract work only', () => {
    const cv = `# Mariana Lima\nSão Paulo, Brazil · m@example.com\n\n## Preferences\n- Contract work only, from USD 6k/month.\n`;
    expect(deriveProfileFromCv(cv, AS_OF).preferences.jobTypes).toEqual(['contract']);
  });
});

describe('"without" in French and German wishes', () => {
  it.each([
    'Poste de SRE senior, sans management d\'équipe.',
    'Senior-Rolle im Data Engineering, ohne Personalverantwortung.',
    'Senior-Rolle, ohne Führungsverantwortung.',
  ])('"%s" rules out people management', (wish) => {
    const cv = `Julien Moreau\nLyon, France · j@example.com\n\nSouhaits\n${wish}\n`;
    expect(deriveProfileFromCv(cv, AS_OF).preferences.exclusions.roleTypes).toContain('management');
  });
});

describe('a header written in bold, a pay label, a YAML front block', () => {
  it('"**São Paulo/SP · Brasil**" is São Paulo, without the asterisks', () => {
    const cv = `Thiago Martins — Engenheiro Mobile Sênior\n=====\n\n**São Paulo/SP · Brasil** | thiago@example.com | (11) 98888-7777\n\nExperiência\n-----\n* **Banco Jabuti** · Engenheiro Mobile Sênior · _jan 2021 – atual_\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.currentResidence).toMatchObject({ city: 'São Paulo', countryCode: 'BR' });
  });
  it.each([
    ['- **Compensation:** R$ 25k/month', 25000],
    ['- Salary: R$ 25.000 per month', 25000],
    ['Remuneração: R$ 24 mil por mês (CLT)', 24000],
  ])('"%s" is a floor', (line, amount) => {
    const cv = `# Mariana Lima\nSão Paulo, Brazil · m@example.com\n\n## Preferences\n- Remote (Brazil) or hybrid (São Paulo).\n${line}\n`;
    expect(deriveProfileFromCv(cv, AS_OF).salaryFloor).toMatchObject({ amount, currency: 'BRL', period: 'month' });
  });
  it('a YAML front block\'s "title:" is the headline, without its key', () => {
    const cv = `---\nname: Rafael Tanaka\ntitle: Senior iOS Engineer\nlocation: Campinas · SP, Brasil\nemail: r@example.com\n---\n\n## Experience\n### Ondina Health — Senior iOS Engineer\n*Jan 2022 – present*\n`;
    const { titles } = deriveProfileFromCv(cv, AS_OF);
    expect(titles[0]).toBe('Senior iOS Engineer');
    for (const t of titles) expect(t).not.toMatch(/^title:/iu);
  });
});

describe('a move stated in the header', () => {
  it('"**Location:** São Paulo, Brazil (open to relocating to Toronto or Lisbon with visa sponsorship)" is a residence and a move', () => {
    const cv = `# Paula Santos\nSenior Android & iOS Engineer\n\n**Location:** São Paulo, Brazil (open to relocating to Toronto or Lisbon with visa sponsorship)\n**Email:** paula@example.com\n**Work preference:** Remote-first · open to hybrid in SP\n\n## Experience\n**Senior Mobile Engineer**, Trilha Pay — *2020–Present*\n`;
    const { logistics } = deriveProfileFromCv(cv, AS_OF);
    expect(logistics.currentResidence).toMatchObject({ city: 'São Paulo', countryCode: 'BR' });
    expect(logistics.willingToRelocate).toBe(true);
    expect(logistics.relocation).toMatchObject({ requires: ['sponsorship'], cities: ['Toronto', 'Lisbon'] });
    expect(logistics.relocation?.countries.sort()).toEqual(['CA', 'PT']);
  });
  it('guard: a header without a move keeps no relocation', () => {
    const cv = `# Paula Santos\nSão Paulo, Brazil (UTC-3) · paula@example.com\n\n## Experience\n**Senior Mobile Engineer**, Trilha Pay — *2020–Present*\n`;
    expect(deriveProfileFromCv(cv, AS_OF).logistics.relocation).toBeUndefined();
  });
});

describe('"Preferences" headed in each language', () => {
  it.each([
    ['## Preferências', '- Remoto (Brasil) ou híbrido em São Paulo.'],
    ['## Preferencias', '- Remoto (Brasil) o híbrido en São Paulo.'],
    ['## Préférences', '- Télétravail (Brésil) ou hybride à São Paulo.'],
    ['## Präferenzen', '- Remote (Brasilien) oder hybrid in São Paulo.'],
  ])('"%s" opens the wishes', (heading, wish) => {
    const cv = `# Mariana Lima\nSão Paulo, Brasil · m@example.com\n\n${heading}\n${wish}\n`;
    expect(deriveProfileFromCv(cv, AS_OF).preferences.workEnvironments?.sort()).toEqual(['hybrid', 'remote']);
  });
});
