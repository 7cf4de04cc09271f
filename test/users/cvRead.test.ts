// A CV read as a recruiter reads it (issue 30): residence from the header, not from a city the text mentions;
// citizenship; the "looking for" section as preferences; Portuguese and French CVs; years from the experience
// section only; names kept as written; the CV line of each derived field.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { validateProfile } from '../../src/analyze/profile.js';
import { deriveProfileFromCv } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);
const devCv = (name: string) => readFileSync(new URL(`../fixtures/eval/dev/cvs/${name}`, import.meta.url), 'utf8');

const CV_RELOCATES = `PRIYA NAIR
Data Scientist
Kochi, Kerala, India | priya.nair@example.com | +91 98470 00000

Looking for: remote roles open to India, or hybrid in Kochi. I would move to Singapore or Dubai only with an employment pass sponsored by the employer.

EXPERIENCE
Data Scientist, a logistics company, Kochi (2019 - present)
- Demand forecasting in Python (pandas, scikit-learn), SQL on BigQuery.

EDUCATION
MSc Statistics, 2016 - 2018

LANGUAGES
English (C1), Malayalam (native), Hindi (B2)
`;

const CV_PT = `# Rafael Souza Lima
Desenvolvedor Mobile Sênior
São Paulo – SP, Brasil · rafael.lima@example.com · +55 11 91234-5678

## Objetivo
Vagas remotas para o Brasil ou híbridas em São Paulo, CLT. Não tenho interesse em gestão de pessoas.

## Experiência
**Desenvolvedor Mobile Sênior** — um banco digital, São Paulo (2018 – atual)
- Apps Android em Kotlin e Jetpack Compose; iOS em Swift.

## Formação
Ciência da Computação — USP (2013 – 2017)

## Idiomas
Português: nativo · Inglês: fluente (C1)
`;

describe('a CV read as a recruiter reads it', () => {
  it('takes the residence from the header, not from a city the "looking for" line names as a possible move', () => {
    const p = deriveProfileFromCv(CV_RELOCATES, AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Kochi', countryCode: 'IN' });
    expect(p.logistics.relocation).toEqual({ countries: ['SG', 'AE'], requires: ['sponsorship'] });
    expect(p.preferences.workEnvironments).toEqual(['remote', 'hybrid']);
    expect(p.titles).toEqual(['Data Scientist']); // the "Looking for:" line is not a title
    expect(p.yearsOfExperience).toBe(6); // 2019–2025; the degree's years are not experience
    expect(p.sources['logistics.currentResidence']).toBe('line 3: Kochi, Kerala, India');
    expect(validateProfile(p).ok).toBe(true);
  });

  it('reads a Portuguese CV: accents and case kept, the objective as preferences, languages', () => {
    const p = deriveProfileFromCv(CV_PT, AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'São Paulo', countryCode: 'BR' });
    expect(p.seniority).toBe('senior');
    expect(p.skills).toEqual(expect.arrayContaining(['Kotlin', 'Swift', 'Jetpack Compose']));
    expect(p.preferences).toMatchObject({ workEnvironments: ['remote', 'hybrid'], jobTypes: ['full-time'], exclusions: { roleTypes: ['management'] } });
    expect(p.languages).toEqual([{ language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }]);
    expect(p.yearsOfExperience).toBe(7);
  });

  it('reads a French CV: citizenship, permanent work only, no management', () => {
    const p = deriveProfileFromCv(devCv('backend-montreal.md'), AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Montréal', countryCode: 'CA' });
    expect(p.logistics.workAuthorization).toEqual([{ region: 'Canada', regionCode: 'CA', status: 'citizen' }]);
    expect(p.preferences).toMatchObject({ jobTypes: ['full-time'], exclusions: { roleTypes: ['management'] } });
    expect(p.yearsOfExperience).toBe(7);
    expect(p.languages).toEqual([{ language: 'French', level: 'native' }, { language: 'English', level: 'C1' }]);
  });

  it('reads relocation conditions and roles ruled out, and the gate honours them', () => {
    const derived = deriveProfileFromCv(devCv('ml-nairobi.md'), AS_OF);
    expect(derived.logistics).toMatchObject({ currentResidence: { city: 'Nairobi', countryCode: 'KE' }, relocation: { countries: ['DE', 'NL'], requires: ['sponsorship', 'relocation support'] } });
    expect(derived.preferences.exclusions.roleTypes).toEqual(['management', 'sales']);
    const r = validateProfile(derived);
    if (!r.ok) throw new Error(r.message);
    const berlin = (more: string) => ({ title: 'Machine Learning Engineer', location: 'Berlin, Germany', workplaceType: 'hybrid', descriptionText: `PyTorch and Python. ${more}` });
    expect(preGate(berlin('We sponsor work visas and offer a relocation package.'), r.profile)).toBeNull();
    expect(preGate(berlin('We are unable to sponsor visas.'), r.profile)).toMatch(/^place: /);
    expect(preGate({ ...berlin('We sponsor work visas and offer a relocation package.'), location: 'Lagos, Nigeria' }, r.profile)).toMatch(/you would move only to Germany or Netherlands/);
  });
});
