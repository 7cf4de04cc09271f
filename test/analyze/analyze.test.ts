// Pure analysis rules: profile validation, the pre-gate, the offline analyzer.
import { describe, expect, it } from 'vitest';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { preGate, requiredLanguages } from '../../src/analyze/pregate.js';
import { profileHash, validateProfile, type CandidateProfile } from '../../src/analyze/profile.js';

const profile = (extra: Record<string, unknown> = {}): CandidateProfile => {
  const r = validateProfile({
    titles: ['Backend Engineer'], skills: ['TypeScript', 'Node.js', 'PostgreSQL', 'Kubernetes'], seniority: 'senior',
    languages: [{ language: 'English', level: 'C1' }, { language: 'German', level: 'A2' }],
    preferences: { workEnvironments: ['remote', 'hybrid'], exclusions: { roleTypes: ['sales'], technologies: ['PHP'], industries: ['gambling'] } },
    ...extra,
  });
  if (!r.ok) throw new Error(r.message);
  return r.profile;
};
const posting = (title: string, descriptionText = '', workplaceType: string | null = null, location: string | null = null) =>
  ({ title, descriptionText, workplaceType, location });

describe('the candidate profile', () => {
  it('accepts the original Scoutly shape and fills defaults', () => {
    const r = validateProfile({ logistics: { residence: { country: 'NL', timezone: 'Europe/Amsterdam' }, willingToRelocate: false, workAuthorization: { EU: true } } });
    expect(r).toMatchObject({ ok: true, profile: { skills: [], titles: [], languages: [], preferences: { exclusions: { roleTypes: [] } } } });
  });
  it.each([
    [{ languages: [{ language: 'Dutch', level: 'fluent' }] }, 'languages.0.level'],
    [{ skills: 'TypeScript' }, 'skills'],
    [{ salaryFloor: { amount: -5, currency: 'EUR', period: 'year' } }, 'salaryFloor.amount'],
    [{ preferences: { workEnvironments: ['moon'] } }, 'preferences.workEnvironments.0'],
  ])('names the bad field of %j', (value, field) => {
    const r = validateProfile(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.startsWith(`${field}:`)).toBe(true);
  });
  it('hashes profile and CV together', () => {
    expect(profileHash({ a: 1 }, 'cv')).not.toBe(profileHash({ a: 1 }, 'cv v2'));
    expect(profileHash({ a: 1 }, 'cv')).toBe(profileHash({ a: 1 }, 'cv'));
  });
});

describe('the pre-gate', () => {
  it.each([
    [posting('Account Executive, Sales'), /exclusion "sales"/],
    [posting('Backend Engineer', 'Our stack is PHP and MySQL.'), /PHP/],
    [posting('Backend Engineer', 'A leading online gambling platform.'), /gambling/],
    [posting('Backend Engineer', '', 'on-site', 'Paris'), /on-site; you want remote or hybrid/],
    [posting('Backend Engineer', 'Fluent German is required.'), /requires German/],
  ])('excludes %j', (p, reason) => expect(preGate(p, profile())).toMatch(reason));

  it('lets through what fits', () => {
    expect(preGate(posting('Senior Backend Engineer', 'Fluent English; German is a plus.', 'remote'), profile())).toBeNull();
    expect(requiredLanguages('You are fluent in Dutch and English. French is mandatory.')).toEqual(['English', 'French', 'Dutch']);
  });
});

describe('the offline analyzer', () => {
  it('scores a close fit high, with reasons', () => {
    const a = analyzeOffline(posting('Senior Backend Engineer', 'TypeScript, Node.js and PostgreSQL on Kubernetes.', 'Remote'), profile());
    expect(a).toMatchObject({ analyzer: 'offline', verdict: 'strong', model: null });
    expect(a.score).toBeGreaterThanOrEqual(90);
    expect(a.reasons.join(' ')).toContain('TypeScript');
  });

  it('scores a distant role low, with concerns', () => {
    const a = analyzeOffline(posting('Principal Data Scientist', 'Python, R and Spark.', null, 'New York'), profile());
    expect(a.score).toBeLessThan(40);
    expect(a.verdict).toBe('poor');
    expect(a.concerns.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the score within 0–100 whatever the input', () => {
    const many = profile({ skills: Array.from({ length: 50 }, (_, i) => `skill${i}`) });
    const a = analyzeOffline(posting('Backend Engineer', many.skills.join(' ')), many);
    expect(a.score).toBeLessThanOrEqual(100);
  });
});
