// The candidate profile as form fields and back: lists as comma- or line-separated text, languages and
// work authorisations as "Name: level" lines. Keys the form does not show are kept as stored. Pure.

type Profile = Record<string, unknown>;
export type ProfileFields = Record<string, string | string[]>;

export const JOB_TYPES = ['full-time', 'part-time', 'contract', 'freelance', 'temporary', 'internship'] as const;
export const WORK_ENVIRONMENTS = ['remote', 'hybrid', 'onsite'] as const;
export const SENIORITIES = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead'] as const;
export const SALARY_PERIODS = ['year', 'month', 'day', 'hour'] as const;

const obj = (v: unknown): Profile => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Profile) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The form's values for a stored profile. */
export function profileToFields(profile: Profile | null): Record<string, string | string[]> {
  const p = obj(profile);
  const logistics = obj(p.logistics);
  const residence = obj(logistics.currentResidence);
  const prefs = obj(p.preferences);
  const exclusions = obj(prefs.exclusions);
  const salary = obj(p.salaryFloor);
  const pairs = (list: unknown, a: string, b: string) => (Array.isArray(list) ? list.map((x) => `${text(obj(x)[a])}: ${text(obj(x)[b])}`).join('\n') : '');
  return {
    titles: strings(p.titles).join(', '), titleKeywords: strings(p.titleKeywords).join(', '), skills: strings(p.skills).join(', '),
    seniority: text(p.seniority), yearsOfExperience: text(p.yearsOfExperience),
    city: text(residence.city), country: text(residence.country), countryCode: text(residence.countryCode), timezone: text(residence.timezone),
    willingToRelocate: logistics.willingToRelocate === true ? 'yes' : logistics.willingToRelocate === false ? 'no' : '',
    workAuthorization: pairs(logistics.workAuthorization, 'region', 'status'), languages: pairs(p.languages, 'language', 'level'),
    careerGoals: strings(prefs.careerGoals).join('\n'), jobTypes: strings(prefs.jobTypes), workEnvironments: strings(prefs.workEnvironments),
    companySizes: strings(prefs.companySizes).join(', '),
    excludeIndustries: strings(exclusions.industries).join(', '), excludeTechnologies: strings(exclusions.technologies).join(', '),
    excludeRoleTypes: strings(exclusions.roleTypes).join(', '), excludeTitles: strings(exclusions.titles).join(', '),
    salaryAmount: text(salary.amount), salaryCurrency: text(salary.currency), salaryPeriod: text(salary.period),
  };
}

const one = (f: ProfileFields, k: string): string => {
  const v = f[k];
  return (Array.isArray(v) ? v[0] ?? '' : v ?? '').trim();
};
const many = (f: ProfileFields, k: string): string[] => {
  const v = f[k];
  return (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean);
};
const list = (f: ProfileFields, k: string) => one(f, k).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
const lines = (f: ProfileFields, k: string) => one(f, k).split('\n').map((s) => s.trim()).filter(Boolean);
/** `English: C1` → {language: 'English', level: 'C1'}; a line without a colon keeps its text as the name. */
const pairsOf = (f: ProfileFields, k: string, a: string, b: string, fallback: string) =>
  lines(f, k).map((l) => {
    const at = l.lastIndexOf(':');
    return at < 0 ? { [a]: l, [b]: fallback } : { [a]: l.slice(0, at).trim(), [b]: l.slice(at + 1).trim() };
  });
const number = (s: string): number | string | undefined => (s === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s);

/** Drops undefined members, empty lists and objects left empty: the stored JSON says what was typed, no more. */
function compact(value: Profile): Profile {
  const out: Profile = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const inner = compact(v as Profile);
      if (Object.keys(inner).length) out[k] = inner;
    } else out[k] = v;
  }
  return out;
}

/** The profile a submitted form describes, on top of the stored one (unknown keys kept, `derivedFrom` dropped). */
export function profileFromFields(f: ProfileFields, stored: Profile | null): Profile {
  const base = obj(stored);
  const { derivedFrom: _derived, ...kept } = base;
  const logistics = obj(base.logistics);
  const prefs = obj(base.preferences);
  const relocate = one(f, 'willingToRelocate');
  const amount = one(f, 'salaryAmount');
  return compact({
    ...kept,
    titles: list(f, 'titles'), titleKeywords: list(f, 'titleKeywords'), skills: list(f, 'skills'),
    seniority: one(f, 'seniority') || undefined, yearsOfExperience: number(one(f, 'yearsOfExperience')),
    logistics: {
      ...logistics,
      currentResidence: { ...obj(logistics.currentResidence), city: one(f, 'city') || undefined, country: one(f, 'country') || undefined,
        countryCode: one(f, 'countryCode') || undefined, timezone: one(f, 'timezone') || undefined },
      willingToRelocate: relocate === 'yes' ? true : relocate === 'no' ? false : undefined,
      workAuthorization: pairsOf(f, 'workAuthorization', 'region', 'status', 'authorized'),
    },
    languages: pairsOf(f, 'languages', 'language', 'level', ''),
    preferences: {
      ...prefs,
      careerGoals: lines(f, 'careerGoals'), jobTypes: many(f, 'jobTypes'), workEnvironments: many(f, 'workEnvironments'), companySizes: list(f, 'companySizes'),
      exclusions: { ...obj(prefs.exclusions), industries: list(f, 'excludeIndustries'), technologies: list(f, 'excludeTechnologies'),
        roleTypes: list(f, 'excludeRoleTypes'), titles: list(f, 'excludeTitles') },
    },
    // The floor's keys the form does not show (excludeBelowPercent, a contract rate stated apart) stay as stored.
    salaryFloor: amount
      ? { ...obj(base.salaryFloor), amount: number(amount), currency: one(f, 'salaryCurrency').toUpperCase(), period: one(f, 'salaryPeriod') || 'year' }
      : undefined,
  });
}
