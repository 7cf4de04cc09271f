// A posting that moves from one technology to another ("migrating off Azure onto AWS", "replacing Jenkins with
// GitHub Actions"): what goes is no part of the role's stack, so a candidate who rules it out is not shut out, and
// what it moves to is the stack.
import { beforeAll, describe, expect, it } from 'vitest';
import { mentionOf } from '../../src/analyze/mentions.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { posting, profileMaker } from '../helpers/analysis.js';

beforeAll(() => loadPlaces());

describe('a move from one technology to another', () => {
  it.each([
    ["We're migrating off Azure onto AWS this year.", 'Azure', 'AWS'],
    ['We are replacing Jenkins with GitHub Actions.', 'Jenkins', 'GitHub Actions'],
    ['You will be moving off PHP to Go.', 'PHP', 'Go'],
    ['Vamos migrar de Oracle para PostgreSQL.', 'Oracle', 'PostgreSQL'],
    ['Estamos migrando desde Jenkins hacia GitLab CI.', 'Jenkins', 'GitLab CI'],
    ['We are migrating our legacy PHP app to Go.', 'PHP', 'Go'],
  ] as const)('"%s": %s goes, %s is the stack', (text, gone, target) => {
    expect(mentionOf(text, gone)).toBe('negated');
    expect(mentionOf(text, target)).toBe('required');
  });

  it.each([
    ['Our legacy Scala service is being retired.', 'Scala'],
    ['Legacy: a Perl monolith we are retiring.', 'Perl'],
  ] as const)('guard: "%s" still negates %s, whatever follows', (text, term) => expect(mentionOf(text, term)).toBe('negated'));

  it('"decommissioning" is a technology going away', () => expect(mentionOf('We are decommissioning our Azure estate.', 'Azure')).toBe('negated'));

  it('a candidate who rules out the technology being left is not excluded', () => {
    const sre = profileMaker({
      titles: ['Site Reliability Engineer'], skills: ['Kubernetes', 'AWS', 'Terraform'], seniority: 'senior', yearsOfExperience: 9,
      logistics: { currentResidence: { city: 'Sydney', country: 'Australia', countryCode: 'AU' }, willingToRelocate: false, workAuthorization: [{ region: 'Australia', regionCode: 'AU', status: 'citizen' }] },
      preferences: { workEnvironments: ['remote', 'hybrid'], exclusions: { industries: [], technologies: ['Azure'], roleTypes: [] } },
    });
    const p = posting('Senior Site Reliability Engineer', 'Remote (APAC)', 'remote',
      "Remote anywhere in APAC. We're migrating off Azure onto AWS this year; you'll lead the Kubernetes side.");
    expect(preGate(p, sre())).toBeNull();
  });
});
