// `make bench`, part 4: match quality of the offline analyzer (pre-gate, then scoring) on the labelled
// sets in test/fixtures/eval (the evaluation set, then the hold-out set written after the analyzer and never
// tuned on): precision, recall and F1 at the default threshold, the confusion per profile, and the postings
// it got wrong. Prints figures; asserts nothing.

import { readFileSync } from 'node:fs';
import { analyzeOffline } from '../../src/analyze/offline.js';
import { preGate } from '../../src/analyze/pregate.js';
import { validateProfile } from '../../src/analyze/profile.js';
import { DEFAULT_MIN_SCORE } from '../../src/config/config.js';

interface EvalPosting {
  id: number; company: string; title: string; location: string | null; workplaceType: string | null; description: string;
  labels: Record<string, 0 | 1>;
}

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../test/fixtures/eval/${name}`, import.meta.url), 'utf8')) as unknown;
const profiles = fixture('profiles.json') as Record<string, unknown>;
const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');

for (const [label, file] of [['evaluation set', 'postings.json'], ['second set', 'holdout.json'], ['fresh set', 'fresh.json']] as const) evaluate(label, fixture(file) as EvalPosting[]);

function evaluate(label: string, postings: EvalPosting[]): void {
let all = { tp: 0, fp: 0, fn: 0, tn: 0 };
console.log(`\nmatch quality, ${label}: ${postings.length} labelled postings × ${Object.keys(profiles).length} profiles (threshold ${DEFAULT_MIN_SCORE})`);
for (const [name, raw] of Object.entries(profiles)) {
  const checked = validateProfile(raw);
  if (!checked.ok) throw new Error(`${name}: ${checked.message}`);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const wrong: string[] = [];
  const scores = { fit: [] as number[], miss: [] as number[] };
  for (const p of postings) {
    const posting = { title: p.title, location: p.location, workplaceType: p.workplaceType, descriptionText: p.description };
    const gate = preGate(posting, checked.profile);
    const analysis = gate ? null : analyzeOffline(posting, checked.profile);
    const score = analysis?.score ?? 0;
    const predicted = score >= DEFAULT_MIN_SCORE;
    const fit = p.labels[name] === 1;
    (fit ? scores.fit : scores.miss).push(score);
    if (predicted && fit) c.tp++;
    else if (predicted) c.fp++;
    else if (fit) c.fn++;
    else c.tn++;
    if (predicted !== fit) wrong.push(`    ${fit ? 'missed' : 'false match'} #${p.id} ${p.title} (${p.location ?? '—'}): ${score}${gate ? ` — ${gate}` : analysis?.concerns.length ? ` — ${analysis.concerns.join('; ')}` : ''}`);
  }
  const precision = c.tp / (c.tp + c.fp);
  const recall = c.tp / (c.tp + c.fn);
  const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
  console.log(`  ${name.padEnd(16)} precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct((2 * precision * recall) / (precision + recall))}` +
    `   TP ${c.tp} FP ${c.fp} FN ${c.fn} TN ${c.tn}   mean score fit ${mean(scores.fit)} / not ${mean(scores.miss)}`);
  for (const w of wrong) console.log(w);
  all = { tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn, tn: all.tn + c.tn };
}
const precision = all.tp / (all.tp + all.fp);
const recall = all.tp / (all.tp + all.fn);
console.log(`  ${'all'.padEnd(16)} precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct((2 * precision * recall) / (precision + recall))}   (goal: precision ≥ 0.85, recall ≥ 0.75)`);
}
