// The Profile page: the candidate profile as a form, the CV upload, the profile derived from the CV, and
// what the analyzer reads from them (the facts its rules compare, and the CV text a model would get).

import type { FC } from 'hono/jsx';
import type { ProfileOut } from '../actions/profile.js';
import type { Caller } from '../context.js';
import { JOB_TYPES, profileToFields, SALARY_PERIODS, SENIORITIES, WORK_ENVIRONMENTS } from '../profileForm.js';
import { Empty, PostForm } from './layout.js';

const Text: FC<{ name: string; label: string; value: string; hint?: string; area?: boolean }> = ({ name, label, value, hint, area }) => (
  <div class="field">
    <label for={`p-${name}`}>{label}</label>
    {area ? <textarea id={`p-${name}`} name={name} rows={3}>{value}</textarea> : <input id={`p-${name}`} name={name} value={value} />}
    {hint ? <small class="muted">{hint}</small> : null}
  </div>
);

const Checks: FC<{ name: string; legend: string; options: readonly string[]; chosen: string[] }> = ({ name, legend, options, chosen }) => (
  <fieldset class="checks">
    <legend>{legend}</legend>
    {options.map((o) => <label><input type="checkbox" name={name} value={o} checked={chosen.includes(o)} /> {o}</label>)}
  </fieldset>
);

function readsRows(reads: Record<string, unknown>): [string, string][] {
  const show = (v: unknown) => (v === null || v === undefined ? 'not said' : Array.isArray(v) ? (v.length ? v.join(', ') : 'none') : typeof v === 'object' ? Object.entries(v).map(([k, x]) => `${k} ${String(x)}`).join(', ') || 'none' : String(v));
  return [
    ['Lives in', [reads.city, reads.country].filter(Boolean).join(', ') || 'not said'], ['May work in', show(reads.authorizedIn)],
    ['Would relocate', show(reads.willingToRelocate)], ['Level', show(reads.level)], ['Years of experience', show(reads.years)],
    ['Manages people', show(reads.manager)], ['Role families', show(reads.roleFamilies)], ['Languages', show(reads.languages)],
  ];
}

export const ProfilePage: FC<{ caller: Caller; view: ProfileOut }> = ({ caller, view }) => {
  const f = profileToFields(view.profile);
  const v = (k: string) => (typeof f[k] === 'string' ? f[k] : '');
  const arr = (k: string) => (Array.isArray(f[k]) ? f[k] : []);
  return (
    <>
      <section aria-labelledby="cv-h">
        <h2 id="cv-h">CV</h2>
        <p>{view.cvFileName ? <>Stored: <strong>{view.cvFileName}</strong> ({view.cvChars ?? 0} characters of text).</> : 'No CV yet.'}
          {' '}{view.derivedFromCv ? 'The profile below was derived from it: correct it and save, and it becomes yours (a later CV will not replace it).' : ''}</p>
        <PostForm action="/profile/cv" caller={caller} multipart class="stack" label="Upload a CV">
          <label for="cv-file">A .pdf, .md or .txt file, at most 5 MiB</label>
          <input id="cv-file" type="file" name="file" accept=".pdf,.md,.txt,application/pdf,text/markdown,text/plain" required />
          <button type="submit">Upload</button>
        </PostForm>
      </section>
      <section aria-labelledby="profile-h">
        <h2 id="profile-h">Candidate profile</h2>
        {view.problem ? <p class="flash error" role="alert">The stored profile cannot be used: {view.problem}. Fix it below.</p> : null}
        <PostForm action="/profile" caller={caller} class="profile" label="Candidate profile">
          <fieldset><legend>What you do</legend>
            <Text name="titles" label="Titles you want" value={v('titles')} hint="comma-separated, e.g. Backend Engineer, Platform Engineer" />
            <Text name="titleKeywords" label="Title keywords" value={v('titleKeywords')} hint="words a fitting title contains" />
            <Text name="skills" label="Skills" value={v('skills')} hint="comma-separated" area />
            <div class="field"><label for="p-seniority">Seniority</label>
              <select id="p-seniority" name="seniority"><option value="">not said</option>{SENIORITIES.map((s) => <option value={s} selected={v('seniority') === s}>{s}</option>)}</select></div>
            <div class="field"><label for="p-years">Years of experience</label><input id="p-years" type="number" min={0} max={70} name="yearsOfExperience" value={v('yearsOfExperience')} inputmode="numeric" /></div>
          </fieldset>
          <fieldset><legend>Where</legend>
            <Text name="city" label="City" value={v('city')} />
            <Text name="country" label="Country" value={v('country')} />
            <Text name="countryCode" label="Country code" value={v('countryCode')} hint="e.g. NL" />
            <Text name="timezone" label="Time zone" value={v('timezone')} hint="e.g. Europe/Amsterdam" />
            <div class="field"><label for="p-relocate">Willing to relocate</label>
              <select id="p-relocate" name="willingToRelocate"><option value="">not said</option><option value="yes" selected={v('willingToRelocate') === 'yes'}>yes</option><option value="no" selected={v('willingToRelocate') === 'no'}>no</option></select></div>
            <Text name="workAuthorization" label="Work authorisation" value={v('workAuthorization')} hint="one per line: Region: status, e.g. EU: citizen or United States: requires_sponsorship" area />
          </fieldset>
          <fieldset><legend>Languages</legend>
            <Text name="languages" label="Languages" value={v('languages')} hint="one per line: Language: level (A1–C2 or native), e.g. English: C1" area />
          </fieldset>
          <fieldset><legend>What you want</legend>
            <Text name="careerGoals" label="Career goals" value={v('careerGoals')} hint="one per line" area />
            <Checks name="jobTypes" legend="Job types" options={JOB_TYPES} chosen={arr('jobTypes')} />
            <Checks name="workEnvironments" legend="Work environments" options={WORK_ENVIRONMENTS} chosen={arr('workEnvironments')} />
            <Text name="companySizes" label="Company sizes" value={v('companySizes')} hint="comma-separated, e.g. startup, scale-up" />
            <div class="field salary"><span class="label">Salary floor</span>
              <label>Amount <input type="number" min={0} name="salaryAmount" value={v('salaryAmount')} inputmode="numeric" /></label>
              <label>Currency <input name="salaryCurrency" maxlength={3} value={v('salaryCurrency')} placeholder="EUR" /></label>
              <label>Per <select name="salaryPeriod">{SALARY_PERIODS.map((p) => <option value={p} selected={v('salaryPeriod') === p}>{p}</option>)}</select></label>
            </div>
          </fieldset>
          <fieldset><legend>Never show me</legend>
            <Text name="excludeIndustries" label="Industries" value={v('excludeIndustries')} hint="comma-separated" />
            <Text name="excludeTechnologies" label="Technologies" value={v('excludeTechnologies')} hint="comma-separated" />
            <Text name="excludeRoleTypes" label="Role types" value={v('excludeRoleTypes')} hint="comma-separated" />
            <Text name="excludeTitles" label="Title words" value={v('excludeTitles')} hint="comma-separated" />
          </fieldset>
          <button type="submit">Save profile</button>
        </PostForm>
      </section>
      <section aria-labelledby="reads-h">
        <h2 id="reads-h">What the analyzer reads</h2>
        {view.reads ? <dl class="facts">{readsRows(view.reads).map(([k, x]) => <div><dt>{k}</dt><dd>{x}</dd></div>)}</dl>
          : <Empty>Nothing yet: without a profile (or a CV to derive one from) postings are not scored for you.</Empty>}
        {view.cvForModel ? (
          <details><summary>The CV text a model gets (contact details removed)</summary><pre class="cv">{view.cvForModel}</pre></details>
        ) : null}
      </section>
    </>
  );
};
