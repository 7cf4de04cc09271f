import {
  levelGap
} from "./chunk-WVQP2PLF.js";
import {
  candidateFacts
} from "./chunk-VUYDP6U2.js";
import {
  familyOfPosting,
  termRe
} from "./chunk-7EI2NUQR.js";
import {
  verdictFor
} from "./chunk-YOVJU2MG.js";
import {
  distanceKm,
  postingFacts,
  shortfall
} from "./chunk-VHVHADGL.js";

// dist/matches/learning.js
var LEARNED_POINTS = { sameCompanyAndFamily: 15, sameReason: 10, most: 25 };
function discardsOf(store, userId) {
  return store.sqlite.prepare(`SELECT sj.id AS matchId, p.id AS postingId, p.company_id AS companyId, c.name AS company, p.title,
      COALESCE(sj.discard_reason, sj.note) AS reason
    FROM saved_jobs sj JOIN postings p ON p.id = sj.posting_id JOIN companies c ON c.id = p.company_id
    WHERE sj.user_id = ? AND sj.status = 'discarded' ORDER BY sj.updated_at DESC, sj.id DESC LIMIT 200`).all(userId);
}
var TOPICS = [
  ["level-below", /(?<!\p{L})(too junior|junior|below my level|down-?level|too low a level|muy junior|j[úu]nior demais|trop junior|zu junior)(?!\p{L})/iu],
  ["level-above", /(?<!\p{L})(too senior|over my level|stretch|demasiado senior|s[êe]nior demais|trop senior|zu senior)(?!\p{L})/iu],
  ["place", /(?<!\p{L})(on-?site|office|commute|too far|far away|location|relocat\w*|presencial|lejos|longe|escrit[óo]rio|oficina|trajet|bureau|pendeln|b[üu]ro)(?!\p{L})/iu],
  ["pay", /(?<!\p{L})(salary|pay|underpaid|compensation|money|sueldo|sal[áa]rio|salaire|r[ée]mun[ée]ration|gehalt|bezahlung)(?!\p{L})/iu],
  ["contract", /(?<!\p{L})(contract\w*|contrato|contrat|pj|vertrag)(?!\p{L})/iu],
  ["freelance", /(?<!\p{L})(freelance\w*|aut[óo]nomo|ind[ée]pendant|freiberuf\w*)(?!\p{L})/iu],
  ["part-time", /(?<!\p{L})(part-?time|medio tiempo|meio per[ií]odo|temps partiel|teilzeit)(?!\p{L})/iu],
  ["temporary", /(?<!\p{L})(temporary|fixed-?term|temporal|tempor[áa]rio|cdd|befristet)(?!\p{L})/iu],
  ["internship", /(?<!\p{L})(internship|pr[áa]cticas|est[áa]gio|stage|praktikum)(?!\p{L})/iu],
  ["management", /(?<!\p{L})(manag\w*|people lead\w*|gesti[óo]n|gest[ãa]o|encadrement|f[üu]hrung)(?!\p{L})/iu]
];
var FILLER = /* @__PURE__ */ new Set([
  "this",
  "that",
  "role",
  "roles",
  "job",
  "jobs",
  "position",
  "company",
  "with",
  "they",
  "their",
  "very",
  "much",
  "too",
  "not",
  "for",
  "me",
  "the",
  "and",
  "want",
  "wanted",
  "like",
  "dont",
  "don't",
  "prefer",
  "another",
  "again",
  "already",
  "applied",
  "interested",
  "interest",
  "para",
  "mim",
  "muito",
  "pour",
  "moi",
  "trop",
  "nicht",
  "mich",
  "zu",
  "sehr",
  "porque",
  "parce",
  "because",
  "weil",
  "just",
  "really",
  "from",
  "about"
]);
function readReason(reason) {
  if (!reason?.trim())
    return { topics: [], words: [] };
  const topics = TOPICS.filter(([, re]) => re.test(reason)).map(([t]) => t);
  const claimed = TOPICS.reduce((text, [, re]) => text.replace(new RegExp(re.source, "giu"), " "), reason);
  const words = (claimed.match(/[\p{L}\p{N}+#.]{4,}/gu) ?? []).map((w) => w.replace(/\.$/, "")).filter((w) => !FILLER.has(w.toLowerCase()));
  return { topics, words: [...new Set(words)].slice(0, 6) };
}
function lowering(posting, discards) {
  const hits = [];
  for (const d of discards) {
    if (d.companyId === posting.companyId && d.family && d.family === posting.family) {
      hits.push({ d, why: `same company and kind of role as "${d.title}" at ${d.company}, which you marked not for me`, points: LEARNED_POINTS.sameCompanyAndFamily });
      continue;
    }
    const reading = readReason(d.reason);
    const topic = reading.topics.find((t) => posting.topics.has(t));
    const word = topic ? void 0 : reading.words.find((w) => posting.says(w));
    if (topic || word)
      hits.push({ d, why: `you marked "${d.title}" at ${d.company} not for me ("${d.reason}"), and this one ${topic ? `has the same ${topic.replace("-", " ")}` : `says "${word}" too`}`, points: LEARNED_POINTS.sameReason });
  }
  if (!hits.length)
    return null;
  hits.sort((a, b) => b.points - a.points);
  const points = Math.min(LEARNED_POINTS.most, hits.reduce((sum, h) => sum + h.points, 0));
  return {
    points,
    concern: `learned: ${hits[0].why}${hits.length > 1 ? ` (and ${hits.length - 1} more like it)` : ""}; ${points} points off`,
    signature: hits.map((h) => `${h.d.matchId}:${h.d.reason ?? ""}`).sort().join(",")
  };
}

// dist/analyze/learned.js
function signalsOf(posting, profile) {
  const f = postingFacts(posting);
  const c = candidateFacts(profile);
  const topics = /* @__PURE__ */ new Set();
  const gap = levelGap(f, c);
  if (gap !== null && gap < 0)
    topics.add("level-below");
  if (gap !== null && gap > 0)
    topics.add("level-above");
  if (f.mode !== "remote" && (f.mode === "onsite" || f.offices.length && c.home && !f.offices.some((o) => distanceKm(c.home, o) <= c.maxCommuteKm)))
    topics.add("place");
  const pay = f.salary && profile.salaryFloor ? shortfall(f.salary, profile.salaryFloor) : null;
  if (pay && pay.under > 0)
    topics.add("pay");
  if (f.employment.terms && f.employment.terms !== "permanent")
    topics.add(f.employment.terms);
  if (f.employment.schedule === "part")
    topics.add("part-time");
  if (f.managerTrack)
    topics.add("management");
  const text = `${posting.title}
${posting.descriptionText ?? ""}`;
  return { companyId: posting.companyId, family: familyOfPosting(posting.title, posting.descriptionText ?? "").family, topics, says: (word) => termRe(word).test(text) };
}
var withFamilies = (discards) => discards.map((d) => ({ ...d, family: familyOfPosting(d.title, "").family }));
function learnedLowering(posting, profile, discards) {
  return discards.length ? lowering(signalsOf(posting, profile), discards) : null;
}
function applyLowering(a, l) {
  if (!l || a.verdict === "excluded")
    return a;
  const score = Math.max(0, a.score - l.points);
  return {
    ...a,
    score,
    verdict: verdictFor(score),
    concerns: [l.concern, ...a.concerns].slice(0, 6),
    ...a.trace ? { trace: [...a.trace, { rule: "learned", effect: "adjusted", says: l.concern, points: -l.points }] } : {}
  };
}

export {
  discardsOf,
  withFamilies,
  learnedLowering,
  applyLowering
};
