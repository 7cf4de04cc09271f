// Learning from the user's decisions: a match marked "not for me" (status discarded, with an optional reason)
// lowers the score of similar later postings: the same company and role family, or the same stated reason.
// Never an exclusion by itself, always shown as a concern, and reversible: the discards are read afresh at every
// analysis, so a match set back to want_to_apply stops counting (its postings are scored again once).

import type { Store } from '../db/client.js';

/** Points taken off for a posting like a discarded one: same company and role family, or the same stated reason. */
export const LEARNED_POINTS = { sameCompanyAndFamily: 15, sameReason: 10, most: 25 } as const;

export interface Discard {
  matchId: number;
  postingId: number;
  companyId: number;
  company: string;
  title: string;
  reason: string | null;
}

/** The user's discarded matches (newest first, at most 200: old decisions are plenty). */
export function discardsOf(store: Store, userId: number): Discard[] {
  return store.sqlite.prepare(`SELECT sj.id AS matchId, p.id AS postingId, p.company_id AS companyId, c.name AS company, p.title,
      COALESCE(sj.discard_reason, sj.note) AS reason
    FROM saved_jobs sj JOIN postings p ON p.id = sj.posting_id JOIN companies c ON c.id = p.company_id
    WHERE sj.user_id = ? AND sj.status = 'discarded' ORDER BY sj.updated_at DESC, sj.id DESC LIMIT 200`).all(userId) as Discard[];
}

/** What a stated reason is about, read from its words (five languages): the rule topics it names, and other content words. */
export type ReasonTopic = 'level-below' | 'level-above' | 'place' | 'pay' | 'contract' | 'freelance' | 'part-time' | 'temporary' | 'internship' | 'management';

const TOPICS: [ReasonTopic, RegExp][] = [
  ['level-below', /(?<!\p{L})(too junior|junior|below my level|down-?level|too low a level|muy junior|j[úu]nior demais|trop junior|zu junior)(?!\p{L})/iu],
  ['level-above', /(?<!\p{L})(too senior|over my level|stretch|demasiado senior|s[êe]nior demais|trop senior|zu senior)(?!\p{L})/iu],
  ['place', /(?<!\p{L})(on-?site|office|commute|too far|far away|location|relocat\w*|presencial|lejos|longe|escrit[óo]rio|oficina|trajet|bureau|pendeln|b[üu]ro)(?!\p{L})/iu],
  ['pay', /(?<!\p{L})(salary|pay|underpaid|compensation|money|sueldo|sal[áa]rio|salaire|r[ée]mun[ée]ration|gehalt|bezahlung)(?!\p{L})/iu],
  ['contract', /(?<!\p{L})(contract\w*|contrato|contrat|pj|vertrag)(?!\p{L})/iu],
  ['freelance', /(?<!\p{L})(freelance\w*|aut[óo]nomo|ind[ée]pendant|freiberuf\w*)(?!\p{L})/iu],
  ['part-time', /(?<!\p{L})(part-?time|medio tiempo|meio per[ií]odo|temps partiel|teilzeit)(?!\p{L})/iu],
  ['temporary', /(?<!\p{L})(temporary|fixed-?term|temporal|tempor[áa]rio|cdd|befristet)(?!\p{L})/iu],
  ['internship', /(?<!\p{L})(internship|pr[áa]cticas|est[áa]gio|stage|praktikum)(?!\p{L})/iu],
  ['management', /(?<!\p{L})(manag\w*|people lead\w*|gesti[óo]n|gest[ãa]o|encadrement|f[üu]hrung)(?!\p{L})/iu],
];
/** Words a reason uses that say nothing about the posting. */
const FILLER = new Set(['this', 'that', 'role', 'roles', 'job', 'jobs', 'position', 'company', 'with', 'they', 'their', 'very', 'much', 'too', 'not',
  'for', 'me', 'the', 'and', 'want', 'wanted', 'like', 'dont', "don't", 'prefer', 'another', 'again', 'already', 'applied', 'interested', 'interest',
  'para', 'mim', 'muito', 'pour', 'moi', 'trop', 'nicht', 'mich', 'zu', 'sehr', 'porque', 'parce', 'because', 'weil', 'just', 'really', 'from', 'about']);

export interface ReasonReading { topics: ReasonTopic[]; words: string[] }

/** What a reason is about: "too junior" → level-below; "agency work again" → the word "agency". */
export function readReason(reason: string | null): ReasonReading {
  if (!reason?.trim()) return { topics: [], words: [] };
  const topics = TOPICS.filter(([, re]) => re.test(reason)).map(([t]) => t);
  const claimed = TOPICS.reduce((text, [, re]) => text.replace(new RegExp(re.source, 'giu'), ' '), reason);
  const words = (claimed.match(/[\p{L}\p{N}+#.]{4,}/gu) ?? []).map((w) => w.replace(/\.$/, '')).filter((w) => !FILLER.has(w.toLowerCase()));
  return { topics, words: [...new Set(words)].slice(0, 6) };
}

/** What the analysis knows about a later posting, for comparing it with the discarded ones. */
export interface PostingSignals {
  companyId: number;
  family: string | null;
  /** The topics its facts raise for this candidate (a level below theirs, an office out of reach, pay under the floor …). */
  topics: ReadonlySet<ReasonTopic>;
  /** Whether a word occurs in its title or description as a whole word. */
  says: (word: string) => boolean;
}

export interface Lowering {
  points: number;
  /** The concern shown with the analysis. */
  concern: string;
  /** Which discards counted, for the analysis cache key: a change (an undo) means scoring again. */
  signature: string;
}

/**
 * How much lower a posting scores for the user's discards, or null. Same company and role family: 15;
 * the same stated reason (a topic its facts raise, or a word of the reason it contains): 10; at most 25.
 */
export function lowering(posting: PostingSignals, discards: readonly (Discard & { family: string | null })[]): Lowering | null {
  const hits: { d: Discard; why: string; points: number }[] = [];
  for (const d of discards) {
    if (d.companyId === posting.companyId && d.family && d.family === posting.family) {
      hits.push({ d, why: `same company and kind of role as "${d.title}" at ${d.company}, which you marked not for me`, points: LEARNED_POINTS.sameCompanyAndFamily });
      continue;
    }
    const reading = readReason(d.reason);
    const topic = reading.topics.find((t) => posting.topics.has(t));
    const word = topic ? undefined : reading.words.find((w) => posting.says(w));
    if (topic || word) hits.push({ d, why: `you marked "${d.title}" at ${d.company} not for me ("${d.reason}"), and this one ${topic ? `has the same ${topic.replace('-', ' ')}` : `says "${word}" too`}`, points: LEARNED_POINTS.sameReason });
  }
  if (!hits.length) return null;
  hits.sort((a, b) => b.points - a.points);
  const points = Math.min(LEARNED_POINTS.most, hits.reduce((sum, h) => sum + h.points, 0));
  return {
    points,
    concern: `learned: ${hits[0]!.why}${hits.length > 1 ? ` (and ${hits.length - 1} more like it)` : ''}; ${points} points off`,
    signature: hits.map((h) => `${h.d.matchId}:${h.d.reason ?? ''}`).sort().join(','),
  };
}
