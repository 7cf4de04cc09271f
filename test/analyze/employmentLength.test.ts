// A freelance engagement's length: "ein Projekt von drei Monaten", "mission de 3 mois" is as short as a three-month
// contract, and a candidate who takes contracts of six months or more does not take it.
import { describe, expect, it } from 'vitest';
import { acceptedBy, employmentMismatch, employmentOf } from '../../src/analyze/employment.js';

describe('the length of freelance work', () => {
  it.each([
    ['Senior Node.js Engineer (Freelance)', 'Für ein Projekt von drei Monaten suchen wir Freelancer. Remote weltweit.'],
    ['Développeur backend freelance', 'Mission freelance de 3 mois, en télétravail.'],
  ])('"%s": three months, under a six-month minimum', (title, description) => {
    const e = employmentOf(title, description);
    expect(e).toMatchObject({ terms: 'freelance', months: 3 });
    expect(employmentMismatch(e, acceptedBy(['full-time', 'contract'], 6), ['full-time', 'contract'])).toMatch(/3-month contract; you take contracts of 6 months or more/);
  });
  it('guard: a freelance engagement of a year suits the same candidate', () => {
    const e = employmentOf('Backend Engineer (Freelance)', 'Freelance, 12 months, remote.');
    expect(employmentMismatch(e, acceptedBy(['full-time', 'contract'], 6), ['full-time', 'contract'])).toBeNull();
  });
});
