import {
  JOB_TYPES,
  SALARY_PERIODS,
  SENIORITIES,
  WORK_ENVIRONMENTS,
  profileToFields
} from "./chunk-QTCBQQBV.js";
import {
  Empty,
  Fragment,
  PostForm,
  jsxDEV
} from "./chunk-CUWOZNXD.js";
import "./chunk-CZFGDMW5.js";
import "./chunk-FWA5WURM.js";
import "./chunk-45Y2GG7D.js";
import "./chunk-5V7OUJUP.js";
import "./chunk-OBJW6WYT.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/web/pages/profile.js
var Text = ({ name, label, value, hint, area }) => jsxDEV("div", { class: "field", children: [jsxDEV("label", { for: `p-${name}`, children: label }), area ? jsxDEV("textarea", { id: `p-${name}`, name, rows: 3, children: value }) : jsxDEV("input", { id: `p-${name}`, name, value }), hint ? jsxDEV("small", { class: "muted", children: hint }) : null] });
var Checks = ({ name, legend, options, chosen }) => jsxDEV("fieldset", { class: "checks", children: [jsxDEV("legend", { children: legend }), options.map((o) => jsxDEV("label", { children: [jsxDEV("input", { type: "checkbox", name, value: o, checked: chosen.includes(o) }), " ", o] }))] });
function readsRows(reads) {
  const show = (v) => v === null || v === void 0 ? "not said" : Array.isArray(v) ? v.length ? v.join(", ") : "none" : typeof v === "object" ? Object.entries(v).map(([k, x]) => `${k} ${String(x)}`).join(", ") || "none" : String(v);
  return [
    ["Lives in", [reads.city, reads.country].filter(Boolean).join(", ") || "not said"],
    ["May work in", show(reads.authorizedIn)],
    ["Would relocate", show(reads.willingToRelocate)],
    ["Level", show(reads.level)],
    ["Years of experience", show(reads.years)],
    ["Manages people", show(reads.manager)],
    ["Role families", show(reads.roleFamilies)],
    ["Languages", show(reads.languages)]
  ];
}
var ProfilePage = ({ caller, view }) => {
  const f = profileToFields(view.profile);
  const v = (k) => typeof f[k] === "string" ? f[k] : "";
  const arr = (k) => Array.isArray(f[k]) ? f[k] : [];
  return jsxDEV(Fragment, { children: [jsxDEV("section", { "aria-labelledby": "cv-h", children: [jsxDEV("h2", { id: "cv-h", children: "CV" }), jsxDEV("p", { children: [view.cvFileName ? jsxDEV(Fragment, { children: ["Stored: ", jsxDEV("strong", { children: view.cvFileName }), " (", view.cvChars ?? 0, " characters of text)."] }) : "No CV yet.", " ", view.derivedFromCv ? "The profile below was derived from it: correct it and save, and it becomes yours (a later CV will not replace it)." : ""] }), jsxDEV(PostForm, { action: "/profile/cv", caller, multipart: true, class: "stack", label: "Upload a CV", children: [jsxDEV("label", { for: "cv-file", children: "A .pdf, .md or .txt file, at most 5 MiB" }), jsxDEV("input", { id: "cv-file", type: "file", name: "file", accept: ".pdf,.md,.txt,application/pdf,text/markdown,text/plain", required: true }), jsxDEV("button", { type: "submit", children: "Upload" })] })] }), jsxDEV("section", { "aria-labelledby": "profile-h", children: [jsxDEV("h2", { id: "profile-h", children: "Candidate profile" }), view.problem ? jsxDEV("p", { class: "flash error", role: "alert", children: ["The stored profile cannot be used: ", view.problem, ". Fix it below."] }) : null, jsxDEV(PostForm, { action: "/profile", caller, class: "profile", label: "Candidate profile", children: [jsxDEV("fieldset", { children: [jsxDEV("legend", { children: "What you do" }), jsxDEV(Text, { name: "titles", label: "Titles you want", value: v("titles"), hint: "comma-separated, e.g. Backend Engineer, Platform Engineer" }), jsxDEV(Text, { name: "titleKeywords", label: "Title keywords", value: v("titleKeywords"), hint: "words a fitting title contains" }), jsxDEV(Text, { name: "skills", label: "Skills", value: v("skills"), hint: "comma-separated", area: true }), jsxDEV("div", { class: "field", children: [jsxDEV("label", { for: "p-seniority", children: "Seniority" }), jsxDEV("select", { id: "p-seniority", name: "seniority", children: [jsxDEV("option", { value: "", children: "not said" }), SENIORITIES.map((s) => jsxDEV("option", { value: s, selected: v("seniority") === s, children: s }))] })] }), jsxDEV("div", { class: "field", children: [jsxDEV("label", { for: "p-years", children: "Years of experience" }), jsxDEV("input", { id: "p-years", type: "number", min: 0, max: 70, name: "yearsOfExperience", value: v("yearsOfExperience"), inputmode: "numeric" })] })] }), jsxDEV("fieldset", { children: [jsxDEV("legend", { children: "Where" }), jsxDEV(Text, { name: "city", label: "City", value: v("city") }), jsxDEV(Text, { name: "country", label: "Country", value: v("country") }), jsxDEV(Text, { name: "countryCode", label: "Country code", value: v("countryCode"), hint: "e.g. NL" }), jsxDEV(Text, { name: "timezone", label: "Time zone", value: v("timezone"), hint: "e.g. Europe/Amsterdam" }), jsxDEV("div", { class: "field", children: [jsxDEV("label", { for: "p-relocate", children: "Willing to relocate" }), jsxDEV("select", { id: "p-relocate", name: "willingToRelocate", children: [jsxDEV("option", { value: "", children: "not said" }), jsxDEV("option", { value: "yes", selected: v("willingToRelocate") === "yes", children: "yes" }), jsxDEV("option", { value: "no", selected: v("willingToRelocate") === "no", children: "no" })] })] }), jsxDEV(Text, { name: "workAuthorization", label: "Work authorisation", value: v("workAuthorization"), hint: "one per line: Region: status, e.g. EU: citizen or United States: requires_sponsorship", area: true })] }), jsxDEV("fieldset", { children: [jsxDEV("legend", { children: "Languages" }), jsxDEV(Text, { name: "languages", label: "Languages", value: v("languages"), hint: "one per line: Language: level (A1\u2013C2 or native), e.g. English: C1", area: true })] }), jsxDEV("fieldset", { children: [jsxDEV("legend", { children: "What you want" }), jsxDEV(Text, { name: "careerGoals", label: "Career goals", value: v("careerGoals"), hint: "one per line", area: true }), jsxDEV(Checks, { name: "jobTypes", legend: "Job types", options: JOB_TYPES, chosen: arr("jobTypes") }), jsxDEV(Checks, { name: "workEnvironments", legend: "Work environments", options: WORK_ENVIRONMENTS, chosen: arr("workEnvironments") }), jsxDEV(Text, { name: "companySizes", label: "Company sizes", value: v("companySizes"), hint: "comma-separated, e.g. startup, scale-up" }), jsxDEV("div", { class: "field salary", children: [jsxDEV("span", { class: "label", children: "Salary floor" }), jsxDEV("label", { children: ["Amount ", jsxDEV("input", { type: "number", min: 0, name: "salaryAmount", value: v("salaryAmount"), inputmode: "numeric" })] }), jsxDEV("label", { children: ["Currency ", jsxDEV("input", { name: "salaryCurrency", maxlength: 3, value: v("salaryCurrency"), placeholder: "EUR" })] }), jsxDEV("label", { children: ["Per ", jsxDEV("select", { name: "salaryPeriod", children: SALARY_PERIODS.map((p) => jsxDEV("option", { value: p, selected: v("salaryPeriod") === p, children: p })) })] })] })] }), jsxDEV("fieldset", { children: [jsxDEV("legend", { children: "Never show me" }), jsxDEV(Text, { name: "excludeIndustries", label: "Industries", value: v("excludeIndustries"), hint: "comma-separated" }), jsxDEV(Text, { name: "excludeTechnologies", label: "Technologies", value: v("excludeTechnologies"), hint: "comma-separated" }), jsxDEV(Text, { name: "excludeRoleTypes", label: "Role types", value: v("excludeRoleTypes"), hint: "comma-separated" }), jsxDEV(Text, { name: "excludeTitles", label: "Title words", value: v("excludeTitles"), hint: "comma-separated" })] }), jsxDEV("button", { type: "submit", children: "Save profile" })] })] }), jsxDEV("section", { "aria-labelledby": "reads-h", children: [jsxDEV("h2", { id: "reads-h", children: "What the analyzer reads" }), view.reads ? jsxDEV("dl", { class: "facts", children: readsRows(view.reads).map(([k, x]) => jsxDEV("div", { children: [jsxDEV("dt", { children: k }), jsxDEV("dd", { children: x })] })) }) : jsxDEV(Empty, { children: "Nothing yet: without a profile (or a CV to derive one from) postings are not scored for you." }), view.cvForModel ? jsxDEV("details", { children: [jsxDEV("summary", { children: "The CV text a model gets (contact details removed)" }), jsxDEV("pre", { class: "cv", children: view.cvForModel })] }) : null] })] });
};
export {
  ProfilePage
};
