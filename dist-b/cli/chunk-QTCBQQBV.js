// dist/web/profileForm.js
var JOB_TYPES = ["full-time", "part-time", "contract", "freelance", "temporary", "internship"];
var WORK_ENVIRONMENTS = ["remote", "hybrid", "onsite"];
var SENIORITIES = ["intern", "junior", "mid", "senior", "staff", "principal", "lead"];
var SALARY_PERIODS = ["year", "month", "hour"];
var obj = (v) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
var strings = (v) => Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : [];
var text = (v) => typeof v === "string" || typeof v === "number" ? String(v) : "";
function profileToFields(profile) {
  const p = obj(profile);
  const logistics = obj(p.logistics);
  const residence = obj(logistics.currentResidence);
  const prefs = obj(p.preferences);
  const exclusions = obj(prefs.exclusions);
  const salary = obj(p.salaryFloor);
  const pairs = (list2, a, b) => Array.isArray(list2) ? list2.map((x) => `${text(obj(x)[a])}: ${text(obj(x)[b])}`).join("\n") : "";
  return {
    titles: strings(p.titles).join(", "),
    titleKeywords: strings(p.titleKeywords).join(", "),
    skills: strings(p.skills).join(", "),
    seniority: text(p.seniority),
    yearsOfExperience: text(p.yearsOfExperience),
    city: text(residence.city),
    country: text(residence.country),
    countryCode: text(residence.countryCode),
    timezone: text(residence.timezone),
    willingToRelocate: logistics.willingToRelocate === true ? "yes" : logistics.willingToRelocate === false ? "no" : "",
    workAuthorization: pairs(logistics.workAuthorization, "region", "status"),
    languages: pairs(p.languages, "language", "level"),
    careerGoals: strings(prefs.careerGoals).join("\n"),
    jobTypes: strings(prefs.jobTypes),
    workEnvironments: strings(prefs.workEnvironments),
    companySizes: strings(prefs.companySizes).join(", "),
    excludeIndustries: strings(exclusions.industries).join(", "),
    excludeTechnologies: strings(exclusions.technologies).join(", "),
    excludeRoleTypes: strings(exclusions.roleTypes).join(", "),
    excludeTitles: strings(exclusions.titles).join(", "),
    salaryAmount: text(salary.amount),
    salaryCurrency: text(salary.currency),
    salaryPeriod: text(salary.period)
  };
}
var one = (f, k) => {
  const v = f[k];
  return (Array.isArray(v) ? v[0] ?? "" : v ?? "").trim();
};
var many = (f, k) => {
  const v = f[k];
  return (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean);
};
var list = (f, k) => one(f, k).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
var lines = (f, k) => one(f, k).split("\n").map((s) => s.trim()).filter(Boolean);
var pairsOf = (f, k, a, b, fallback) => lines(f, k).map((l) => {
  const at = l.lastIndexOf(":");
  return at < 0 ? { [a]: l, [b]: fallback } : { [a]: l.slice(0, at).trim(), [b]: l.slice(at + 1).trim() };
});
var number = (s) => s === "" ? void 0 : Number.isFinite(Number(s)) ? Number(s) : s;
function compact(value) {
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === void 0 || Array.isArray(v) && v.length === 0)
      continue;
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      const inner = compact(v);
      if (Object.keys(inner).length)
        out[k] = inner;
    } else
      out[k] = v;
  }
  return out;
}
function profileFromFields(f, stored) {
  const base = obj(stored);
  const { derivedFrom: _derived, ...kept } = base;
  const logistics = obj(base.logistics);
  const prefs = obj(base.preferences);
  const relocate = one(f, "willingToRelocate");
  const amount = one(f, "salaryAmount");
  return compact({
    ...kept,
    titles: list(f, "titles"),
    titleKeywords: list(f, "titleKeywords"),
    skills: list(f, "skills"),
    seniority: one(f, "seniority") || void 0,
    yearsOfExperience: number(one(f, "yearsOfExperience")),
    logistics: {
      ...logistics,
      currentResidence: {
        ...obj(logistics.currentResidence),
        city: one(f, "city") || void 0,
        country: one(f, "country") || void 0,
        countryCode: one(f, "countryCode") || void 0,
        timezone: one(f, "timezone") || void 0
      },
      willingToRelocate: relocate === "yes" ? true : relocate === "no" ? false : void 0,
      workAuthorization: pairsOf(f, "workAuthorization", "region", "status", "authorized")
    },
    languages: pairsOf(f, "languages", "language", "level", ""),
    preferences: {
      ...prefs,
      careerGoals: lines(f, "careerGoals"),
      jobTypes: many(f, "jobTypes"),
      workEnvironments: many(f, "workEnvironments"),
      companySizes: list(f, "companySizes"),
      exclusions: {
        ...obj(prefs.exclusions),
        industries: list(f, "excludeIndustries"),
        technologies: list(f, "excludeTechnologies"),
        roleTypes: list(f, "excludeRoleTypes"),
        titles: list(f, "excludeTitles")
      }
    },
    salaryFloor: amount ? { amount: number(amount), currency: one(f, "salaryCurrency").toUpperCase(), period: one(f, "salaryPeriod") || "year" } : void 0
  });
}

export {
  JOB_TYPES,
  WORK_ENVIRONMENTS,
  SENIORITIES,
  SALARY_PERIODS,
  profileToFields,
  profileFromFields
};
