// The languages a CV states as people write them: a level before the name ("Native Portuguese speaker; fluent
// English"), and a native language taken for granted (a Brazilian's CV lists only English and Spanish), read from the
// nationality it states, else the country its author lives in, when one language is everyone's there. And a contact
// line's items apart: "Berlin, Germany · Brazilian citizen" is a Brazilian living in Germany, no German citizen.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { validateProfile } from '../../src/analyze/profile.js';
import { deriveProfileFromCv } from '../../src/users/cvProfile.js';
import { posting } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);
const cv = (header: string, languages: string) =>
  `# Ana Souza\n${header} · ana@example.com\n\n## Summary\nSenior mobile engineer (Android and iOS), 9 years.\n\n${languages}\n\n## Experience\n**Senior Mobile Engineer** — Acme (2016 – present)\n`;

describe('a level before the language', () => {
  it.each([
    ['Native Portuguese speaker; fluent English (TOEFL 110).', [['Portuguese', 'native'], ['English', 'C1']]],
    ['Native Portuguese speaker, fluent in English.', [['Portuguese', 'native'], ['English', 'C1']]],
  ] as const)('"%s"', (section, expected) => {
    expect(deriveProfileFromCv(cv('Lisboa, Portugal', `## Languages\n${section}`), AS_OF).languages.map((l) => [l.language, l.level])).toEqual(expected);
  });
  it('guard: prose that only contains a level word names no level ("I work natively with English-speaking teams")', () => {
    expect(deriveProfileFromCv(cv('Lisboa, Portugal', '## Languages\nPortuguese (native). I work natively with English-speaking teams.'), AS_OF).languages)
      .toEqual([{ language: 'Portuguese', level: 'native' }]);
  });
});

describe('a native language taken for granted', () => {
  it('a CV from São Paulo that lists English and Spanish only: Portuguese is native, and users show says why', () => {
    const derived = deriveProfileFromCv(cv('São Paulo, SP, Brazil', '## Languages\n- English (C1)\n- Spanish (B1)'), AS_OF);
    expect(derived.languages).toContainEqual({ language: 'Portuguese', level: 'native' });
    expect(derived.sources.languages).toMatch(/lists no native language.*Portuguese/);
  });

  it('a Portuguese posting is then no language barrier for her', () => {
    const derived = deriveProfileFromCv(cv('São Paulo, SP, Brazil', '## Languages\n- English (C1)\n- Spanish (B1)'), AS_OF);
    const profile = validateProfile(derived);
    if (!profile.ok) throw new Error(profile.message);
    const p = posting('Desenvolvedora Mobile Sênior', 'São Paulo, SP', 'hybrid',
      'Buscamos uma pessoa sênior para o nosso app, com Kotlin e Swift. Modelo híbrido em São Paulo, dois dias no escritório. Contratação CLT.');
    expect(preGate(p, profile.profile) ?? '').not.toMatch(/language/);
  });

  it('the nationality it states comes before the country it lives in', () => {
    const derived = deriveProfileFromCv(cv('Berlin, Germany · Brazilian citizen', '## Languages\n- English (C1)\n- German (B1)'), AS_OF);
    expect(derived.languages).toContainEqual({ language: 'Portuguese', level: 'native' });
    expect(derived.languages).toContainEqual({ language: 'German', level: 'B1' });
  });

  it.each([
    ['a native language is listed', 'Madrid, España', '## Idiomas\n- Catalán: nativo\n- Inglés: C1', 'Spanish'],
    ['the country\'s language is listed at a lower level', 'Berlin, Germany', '## Languages\n- English (C1)\n- German (B1)', 'German'],
    ['the country has no one language', 'Bengaluru, India', '## Languages\n- English (C1)', 'Hindi'],
  ] as const)('guard: nothing is taken for granted when %s', (_, header, section, language) => {
    const derived = deriveProfileFromCv(cv(header, section), AS_OF);
    expect(derived.languages.filter((l) => l.language === language && l.level === 'native')).toEqual([]);
    expect(derived.sources.languages).toBeUndefined();
  });
});

describe('a contact line, item by item', () => {
  it('"Berlin, Germany · Brazilian citizen" is a Brazilian citizen, not a German one', () => {
    expect(deriveProfileFromCv(cv('Berlin, Germany · Brazilian citizen', '## Languages\n- English (C1)'), AS_OF).logistics.workAuthorization)
      .toEqual([{ region: 'Brazil', regionCode: 'BR', status: 'citizen' }]);
  });
});
