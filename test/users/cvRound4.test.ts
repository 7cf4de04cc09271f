// A CV read as a recruiter reads it, round 4 (issue 30): candidates outside Europe who name the cities at home they
// would move to ("Open to relocating to Hyderabad or Chennai") beside moves abroad on conditions, and who name in
// their objective a level below their current title ("mid or senior level", "pleno ou sênior", "semi-senior o senior"),
// and who list their languages in a Markdown table.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { validateProfile, type CandidateProfile } from '../../src/analyze/profile.js';
import { deriveProfileFromCv } from '../../src/users/cvProfile.js';

beforeAll(() => loadPlaces());

const AS_OF = Date.UTC(2025, 2, 1);

const CV_IN = `ARJUN IYER
Backend Engineer | Java · Spring Boot · Kafka
arjun.iyer@example.com | +91 98450 00000 | Kochi, Kerala, India

SUMMARY
Backend engineer with six years of experience in payments.

EXPERIENCE
Senior Backend Engineer, Payments company, Kochi                       Jan 2022 – Present
Backend Engineer, Bank, Kochi                                          Mar 2019 – Dec 2021

SKILLS
Java, Spring Boot, Kafka, PostgreSQL, AWS

LOOKING FOR
Permanent backend roles, mid or senior level. Remote within India or hybrid in Kochi.
Open to relocating to Chennai or Hyderabad. Abroad: Canada only with visa sponsorship.

LANGUAGES
English (fluent), Malayalam (native), Hindi (conversational)
`;

const CV_PT = `**ANA PAULA SOUZA**
Desenvolvedora Backend Sênior
Fortaleza – CE · ana.souza@example.com

**OBJETIVO**
Vagas de backend nível pleno ou sênior, CLT ou PJ, remoto (Brasil). Posso me mudar para Recife ou Salvador.
Não busco vagas júnior.

**EXPERIÊNCIA**
**Desenvolvedora Backend Sênior** | Fintech | Fortaleza | jan 2021 – atual
**Desenvolvedora Backend** | Varejo | Fortaleza | fev 2018 – dez 2020
`;

const asProfile = (raw: unknown): CandidateProfile => {
  const r = validateProfile(raw);
  if (!r.ok) throw new Error(r.message);
  return r.profile;
};
const posting = (title: string, location: string | null, workplaceType: string | null, descriptionText: string) => ({ title, location, workplaceType, descriptionText });

describe('moves at home and abroad in one "looking for" section', () => {
  it('keeps the cities named without condition and the countries named with one', () => {
    const p = deriveProfileFromCv(CV_IN, AS_OF);
    expect(p.logistics.currentResidence).toMatchObject({ city: 'Kochi' });
    expect(p.logistics.relocation).toEqual({ countries: ['CA'], requires: ['sponsorship'], cities: ['Chennai', 'Hyderabad'] });
  });
  it('lets an office in a city they would move to through the gate, and not one elsewhere at home', () => {
    const profile = asProfile(deriveProfileFromCv(CV_IN, AS_OF));
    const office = (city: string) => posting('Senior Backend Engineer (Java)', `${city}, India`, 'hybrid', 'Java, Spring Boot, Kafka. 5+ years. Permanent, full-time. Hybrid, 3 days in office.');
    expect(preGate(office('Hyderabad'), profile)).toBeNull();
    expect(preGate(office('Secunderabad'), profile)).toBeNull(); // within commuting distance of Hyderabad
    expect(preGate(office('Kolkata'), profile)).toMatch(/^place: /);
  });
  it('reads the same in Portuguese', () => {
    expect(deriveProfileFromCv(CV_PT, AS_OF).logistics.relocation).toMatchObject({ cities: ['Recife', 'Salvador'] });
  });
});

describe('relocation help as a condition, in the words CVs use', () => {
  it.each([
    'Mudança para o Canadá ou Portugal somente com patrocínio de visto e pacote de relocação.',
    'Open to relocating to Canada or Portugal if the company sponsors the visa and helps with relocation.',
    'Me mudaría a España solo con visa patrocinada y paquete de reubicación.',
  ])('"%s" requires sponsorship and relocation support', (line) => {
    const cv = CV_PT.replace('Posso me mudar para Recife ou Salvador.', line);
    expect(deriveProfileFromCv(cv, AS_OF).logistics.relocation?.requires).toEqual(['sponsorship', 'relocation support']);
  });
});

describe('temporary work ruled out, and nothing else said of employment', () => {
  it('takes permanent work and open-ended contracts, not fixed-term ones', () => {
    const cv = CV_PT.replace('CLT ou PJ, ', '').replace('Não busco vagas júnior.', 'Não busco contratos temporários.');
    const p = deriveProfileFromCv(cv, AS_OF).preferences;
    expect(p.jobTypes).toEqual(['full-time', 'contract']);
    expect(p.exclusions.jobTypes).toEqual(['temporary']);
  });
});

describe('languages in a Markdown table', () => {
  it('reads the level from the next cell', () => {
    const cv = `${CV_PT}\n**IDIOMAS**\n\n| Idioma | Nível |\n|---|---|\n| Português | Nativo |\n| Inglês | Avançado (C1) |\n| Espanhol | Básico |\n`;
    expect(deriveProfileFromCv(cv, AS_OF).languages).toEqual([
      { language: 'Portuguese', level: 'native' }, { language: 'English', level: 'C1' }, { language: 'Spanish', level: 'A2' },
    ]);
  });
});

describe('a level below their title named in the objective', () => {
  it.each([
    ['English "mid or senior level"', CV_IN],
    ['Portuguese "nível pleno ou sênior"', CV_PT],
  ])('%s: a step down is considered', (_, cv) => {
    const p = deriveProfileFromCv(cv, AS_OF);
    expect(p.seniority).toBe('senior');
    expect(p.preferences.considerLowerLevels).toBe(true);
    expect(p.sources['preferences.considerLowerLevels']).toMatch(/^line \d+: /);
  });
  it('a level ruled out is not one they consider', () => {
    const cv = CV_PT.replace('nível pleno ou sênior', 'nível sênior');
    expect(deriveProfileFromCv(cv, AS_OF).preferences.considerLowerLevels).toBeUndefined();
  });
  it('so a mid-level role is a match for them', () => {
    const profile = asProfile(deriveProfileFromCv(CV_IN, AS_OF));
    const p = posting('Backend Engineer II (Java)', 'Remote (India)', 'remote', 'Remote across India. Java, Spring Boot, Kafka, PostgreSQL; 4–7 years. Permanent, full-time.');
    expect(analyzeOffline(p, profile).score).toBeGreaterThanOrEqual(60);
  });
});
