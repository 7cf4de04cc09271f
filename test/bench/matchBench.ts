// `make bench`, part 4: match quality of the offline analyzer (pre-gate, then scoring) on the labelled
// sets in test/fixtures/eval: the evaluation, second and fresh sets, the eight development sets and the second's to eighth's probes (with the postings it got wrong), then,
// apart, the held-out set of issue 30 (figures only: nobody tunes on it). Precision, recall and F1 at the
// default threshold and the confusion per candidate. Prints figures; asserts nothing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { loadPlaces } from '../../src/analyze/places.js';
import { preGate } from '../../src/analyze/pregate.js';
import { validateProfile, type CandidateProfile } from '../../src/analyze/profile.js';
import { DEFAULT_MIN_SCORE } from '../../src/config/config.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { cvText } from '../../src/users/cvText.js';
import { scoringInputOf, upsertUser } from '../../src/users/repo.js';

interface EvalPosting {
  id: number; company: string; title: string; location: string | null; workplaceType: string | null; description: string;
  language?: string; labels: Record<string, 0 | 1>;
}
interface Candidate { name: string; from: 'profile' | 'CV'; profile: CandidateProfile }
interface Confusion { tp: number; fp: number; fn: number; tn: number }

/** The day the held-out and development CVs read as of: their "… – present" lines and stated years agree then, and stay put. */
const CVS_WRITTEN = Date.UTC(2025, 2, 1);

const EVAL_DIR = new URL('../../../test/fixtures/eval/', import.meta.url);
const fixture = (name: string) => JSON.parse(readFileSync(new URL(name, EVAL_DIR), 'utf8')) as unknown;
const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const none = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const add = (a: Confusion, b: Confusion): Confusion => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn });

function checked(name: string, raw: unknown): CandidateProfile {
  const result = validateProfile(raw);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.profile;
}

const profiled = (file: string): Candidate[] =>
  Object.entries(fixture(file) as Record<string, unknown>).map(([name, raw]) => ({ name, from: 'profile' as const, profile: checked(name, raw) }));

/**
 * Candidates given by their CV alone, made as `scoutly users add EMAIL --cv FILE` makes them (the file's
 * text, a user stored with it and the profile derived on the way in) and read back as a tick scores them.
 */
async function fromCvs(folder: string): Promise<Candidate[]> {
  const dir = new URL(folder, EVAL_DIR);
  const tmp = mkdtempSync(join(tmpdir(), 'scoutly-match-bench-'));
  const store = await openStore(join(tmp, 'bench.db'));
  try {
    const candidates: Candidate[] = [];
    for (const file of readdirSync(dir).sort()) {
      const name = basename(file, extname(file));
      const bytes = readFileSync(new URL(file, dir));
      const { id } = upsertUser(store, { email: `${name}@example.com`, cv: { fileName: file, text: await cvText(file, bytes), bytes } }, CVS_WRITTEN);
      candidates.push({ name, from: 'CV', profile: checked(name, scoringInputOf(store, id)?.profile ?? null) });
    }
    return candidates;
  } finally {
    closeStore(store);
    rmSync(tmp, { recursive: true, force: true });
  }
}

function summary(c: Confusion, withF1 = true): string {
  const precision = c.tp / (c.tp + c.fp);
  const recall = c.tp / (c.tp + c.fn);
  const rates = `precision ${pct(precision)}  recall ${pct(recall)}`;
  return withF1 ? `${rates}  F1 ${pct((2 * precision * recall) / (precision + recall))}` : rates;
}

function evaluate(label: string, postings: EvalPosting[], candidates: Candidate[], options: { goal: string; heldOut: boolean }): void {
  const width = candidates.some((c) => c.from === 'CV') ? 26 : 16;
  const total = { profile: none(), CV: none() };
  const byLanguage = new Map<string, Confusion>();
  console.log(`\nmatch quality, ${label}: ${postings.length} labelled postings × ${candidates.length} candidates (threshold ${DEFAULT_MIN_SCORE})`);
  for (const { name, from, profile } of candidates) {
    const c = none();
    const wrong: string[] = [];
    const scores = { fit: [] as number[], miss: [] as number[] };
    for (const p of postings) {
      const posting = { title: p.title, location: p.location, workplaceType: p.workplaceType, descriptionText: p.description };
      const gate = preGate(posting, profile);
      const analysis = gate ? null : analyzeOffline(posting, profile);
      const score = analysis?.score ?? 0;
      const predicted = score >= DEFAULT_MIN_SCORE;
      const fit = p.labels[name] === 1;
      const outcome: keyof Confusion = predicted ? (fit ? 'tp' : 'fp') : fit ? 'fn' : 'tn';
      c[outcome]++;
      if (p.language) {
        const forLanguage = byLanguage.get(p.language) ?? none();
        forLanguage[outcome]++;
        byLanguage.set(p.language, forLanguage);
      }
      (fit ? scores.fit : scores.miss).push(score);
      if (predicted !== fit) wrong.push(`    ${fit ? 'missed' : 'false match'} #${p.id} ${p.title} (${p.location ?? '—'}): ${score}${gate ? ` — ${gate}` : analysis?.concerns.length ? ` — ${analysis.concerns.join('; ')}` : ''}`);
    }
    const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
    const shown = candidates.some((c) => c.from === 'CV') ? `${name} (${from})` : name;
    console.log(`  ${shown.padEnd(width)} ${summary(c)}   TP ${c.tp} FP ${c.fp} FN ${c.fn} TN ${c.tn}   mean score fit ${mean(scores.fit)} / not ${mean(scores.miss)}`);
    if (!options.heldOut) for (const w of wrong) console.log(w);
    total[from] = add(total[from], c);
  }
  const kinds = (['profile', 'CV'] as const).filter((from) => candidates.some((c) => c.from === from));
  if (kinds.length > 1) for (const from of kinds) console.log(`  ${`all given by ${from}`.padEnd(width)} ${summary(total[from])}`);
  if (byLanguage.size > 1) console.log(`  by posting language: ${[...byLanguage].map(([lang, c]) => `${lang} ${summary(c, false)}`).join(' · ')}`);
  console.log(`  ${'all'.padEnd(width)} ${summary(add(total.profile, total.CV))}   (goal: ${options.goal})`);
}

/**
 * What the gazetteer costs, in fresh processes (the unit's situation): the analysis modules imported without
 * it (what every tick that analyses pays anyway), then loadPlaces() (only a tick with a posting to analyse pays
 * it), and the resident memory after each. Median and range over 7 runs.
 */
function gazetteerCost(): void {
  const places = new URL('../../src/analyze/places.js', import.meta.url).href;
  const offline = new URL('../../src/analyze/offline.js', import.meta.url).href;
  const probe = `const t0 = performance.now(); await import(${JSON.stringify(offline)}); const { loadPlaces } = await import(${JSON.stringify(places)});
    const t1 = performance.now(); const rss1 = process.memoryUsage().rss; await loadPlaces(); const t2 = performance.now(); globalThis.gc?.();
    console.log(JSON.stringify({ rules: t1 - t0, load: t2 - t1, rssWithout: rss1, rssWith: process.memoryUsage().rss }));`;
  const runs = Array.from({ length: 7 }, () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { rules: number; load: number; rssWithout: number; rssWith: number };
  });
  const spread = (xs: number[], unit: (n: number) => string) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${unit(s[Math.floor(s.length / 2)]!)} (${unit(s[0]!)}–${unit(s[s.length - 1]!)})`;
  };
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;
  console.log('\nthe gazetteer (25,249 GeoNames places, 7 runs in fresh processes: median (range))');
  console.log(`  import the rules, no gazetteer             ${spread(runs.map((r) => r.rules), ms)}   RSS ${spread(runs.map((r) => r.rssWithout), mib)}`);
  console.log(`  + loadPlaces() (first posting to analyse)  ${spread(runs.map((r) => r.load), ms)}   RSS ${spread(runs.map((r) => r.rssWith), mib)}  (+${spread(runs.map((r) => r.rssWith - r.rssWithout), mib)})`);
  console.log('  a tick with nothing to analyse never loads it (test/analyze/lazyPlaces.int.test.ts); its start-up is the queue bench\'s jobs-tick line');
}

/**
 * Which sets to score: all by default (`make bench`); name some to score only those, e.g. `node matchBench.js
 * dev2` while working on the rules, so that a working loop never scores the held-out set.
 */
const SETS = ['evaluation', 'second', 'fresh', 'dev', 'dev2', 'dev2probe', 'dev3', 'dev3probe', 'dev4', 'dev4probe', 'dev5', 'dev5probe', 'dev6', 'dev6probe', 'dev7', 'dev7probe', 'dev8', 'dev8probe', 'heldout'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(SETS as readonly string[]).includes(a));
if (unknown.length) throw new Error(`unknown set ${unknown.join(', ')}: name some of ${SETS.join(', ')}`);
const wanted = (set: (typeof SETS)[number]) => asked.length === 0 || asked.includes(set);
const issue30Goal = { goal: 'precision ≥ 0.9, recall ≥ 0.8, profiled and CV-only alike', heldOut: false };

if (asked.length === 0) gazetteerCost();
await loadPlaces();
const earlier = profiled('profiles.json');
for (const [set, label, file] of [['evaluation', 'evaluation set', 'postings.json'], ['second', 'second set', 'holdout.json'], ['fresh', 'fresh set', 'fresh.json']] as const) {
  if (wanted(set)) evaluate(label, fixture(file) as EvalPosting[], earlier, { goal: 'precision ≥ 0.85, recall ≥ 0.75', heldOut: false });
}
const devSets = [
  ['dev', 'dev', 'postings.json', 'development set (issue 30; worked on)'],
  ['dev2', 'dev2', 'postings.json', 'second development set (issue 30, round 2; worked on)'],
  ['dev2probe', 'dev2', 'probe.json', 'its probe (written after round 2\'s rules, before they ran on it)'],
  ['dev3', 'dev3', 'postings.json', 'third development set (issue 30, round 3: French, German and Portuguese; worked on)'],
  ['dev4', 'dev4', 'postings.json', 'fourth development set (issue 30, round 4: CV-only candidates outside Europe, Portuguese and German; worked on)'],
  ['dev5', 'dev5', 'postings.json', 'fifth development set (issue 30, round 5: German postings from DACH, mobile engineers by CV; worked on)'],
  ['dev6', 'dev6', 'postings.json', 'sixth development set (issue 30, round 6: boards\' and CVs\' real shapes, the Americas, APAC and Africa; worked on)'],
  ['dev7', 'dev7', 'postings.json', 'seventh development set (issue 30, round 7: the caps for CV-only engineers, German and Portuguese postings; worked on)'],
  ['dev8', 'dev8', 'postings.json', 'eighth development set (issue 30, round 8: CVs written many ways, Markdown mobile CVs from Brazil, German postings; worked on)'],
] as const;
for (const [set, folder, file, label] of devSets) {
  if (!wanted(set)) continue;
  const candidates = [...profiled(`${folder}/profiles.json`), ...(await fromCvs(`${folder}/cvs/`))];
  evaluate(label, fixture(`${folder}/${file}`) as EvalPosting[], candidates, issue30Goal);
}
if (wanted('dev3probe')) {
  // dev3's candidates and two more given by CV, written with the probe: an English speaker and a Portuguese one.
  const candidates = [...profiled('dev3/profiles.json'), ...(await fromCvs('dev3/cvs/')), ...(await fromCvs('dev3/probe-cvs/'))];
  evaluate('its probe (written after round 3\'s rules, before they ran on it)', fixture('dev3/probe.json') as EvalPosting[], candidates, issue30Goal);
}
if (wanted('dev4probe')) {
  // dev4's candidates and one more given by CV, written with the probe: a mobile engineer in Campinas (an English CV).
  const candidates = [...profiled('dev4/profiles.json'), ...(await fromCvs('dev4/cvs/')), ...(await fromCvs('dev4/probe-cvs/'))];
  evaluate('its probe (written after round 4\'s rules, before they ran on it)', fixture('dev4/probe.json') as EvalPosting[], candidates, issue30Goal);
}
if (wanted('dev5probe')) {
  // dev5's candidates and one more given by CV, written with the probe: an Android engineer in Lisbon (an English CV).
  const candidates = [...(await fromCvs('dev5/cvs/')), ...(await fromCvs('dev5/probe-cvs/'))];
  evaluate('its probe (written after round 5\'s rules, before they ran on it)', fixture('dev5/probe.json') as EvalPosting[], candidates, issue30Goal);
}
if (wanted('dev6probe')) {
  // dev6's candidates and one more given by CV, written with the probe: an iOS engineer in Recife (a LinkedIn export in Portuguese).
  const candidates = [...profiled('dev6/profiles.json'), ...(await fromCvs('dev6/cvs/')), ...(await fromCvs('dev6/probe-cvs/'))];
  evaluate('its probe (written after round 6\'s rules, before they ran on it)', fixture('dev6/probe.json') as EvalPosting[], candidates, issue30Goal);
}
if (wanted('dev7probe')) {
  // dev7's candidates and one more given by CV, written with the probe: a React Native engineer in Lisbon (a Portuguese CV).
  const candidates = [...(await fromCvs('dev7/cvs/')), ...(await fromCvs('dev7/probe-cvs/'))];
  evaluate('its probe (written after round 7\'s rules, before they ran on it)', fixture('dev7/probe.json') as EvalPosting[], candidates, issue30Goal);
}
if (wanted('dev8probe')) {
  // dev8's candidates and one more given by CV, written with the probe: a São Paulo mobile engineer (a Notion-like Markdown CV).
  const candidates = [...profiled('dev8/profiles.json'), ...(await fromCvs('dev8/cvs/')), ...(await fromCvs('dev8/probe-cvs/'))];
  evaluate('its probe (written after round 8\'s rules, before they ran on it)', fixture('dev8/probe.json') as EvalPosting[], candidates, issue30Goal);
}
if (wanted('heldout')) {
  const heldOut = [...profiled('heldout/profiles.json'), ...(await fromCvs('heldout/cvs/'))];
  evaluate('held out (issue 30; figures only, nobody tunes on it)', fixture('heldout/postings.json') as EvalPosting[], heldOut, { ...issue30Goal, heldOut: true });
}
