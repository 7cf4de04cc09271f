// Which source serves a careers page: an ATS recognised from the URL or from fingerprints in the page's
// HTML, else the browser. Pure. Tokens are checked against a strict charset before any request uses them.

import type { DetectedSource } from './types.js';

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const ok = (t: string | undefined | null): t is string => Boolean(t && TOKEN.test(t));
const firstSegment = (u: URL) => u.pathname.split('/').filter(Boolean)[0];

/** Detects an ATS from a careers URL; null when the URL is not an ATS board. */
export function detectFromUrl(text: string): DetectedSource | null {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const seg = firstSegment(u);
  if (/^(boards|job-boards)(\.eu)?\.greenhouse\.io$/.test(host)) {
    const token = u.searchParams.get('for') ?? (seg === 'embed' ? null : seg);
    if (ok(token)) return { kind: 'greenhouse', token: host.includes('.eu.') ? `eu:${token}` : token };
  }
  if (/^jobs(\.eu)?\.lever\.co$/.test(host) && ok(seg)) return { kind: 'lever', token: host.includes('.eu.') ? `eu:${seg}` : seg };
  if (host === 'jobs.ashbyhq.com' && ok(seg)) return { kind: 'ashby', token: seg }; // case-sensitive: keep as written
  if (host === 'apply.workable.com' && ok(seg)) return { kind: 'workable', token: seg };
  const sub = host.split('.')[0];
  if (/^[a-z0-9-]+\.workable\.com$/.test(host) && sub !== 'apply' && sub !== 'www' && ok(sub)) return { kind: 'workable', token: sub };
  if (/^[a-z0-9-]+\.recruitee\.com$/.test(host) && ok(sub)) return { kind: 'recruitee', token: sub };
  if (/^(careers|jobs)\.smartrecruiters\.com$/.test(host) && ok(seg)) return { kind: 'smartrecruiters', token: seg };
  if (/^[a-z0-9-]+\.breezy\.hr$/.test(host) && ok(sub)) return { kind: 'breezy', token: sub };
  if (/^[a-z0-9-]+\.jobs\.personio\.(de|com)$/.test(host)) return { kind: 'personio', token: host };
  const wd = /^([a-z0-9-]+)\.(wd\d+)\.myworkdayjobs\.com$/.exec(host);
  if (wd) {
    const segs = u.pathname.split('/').filter(Boolean);
    const site = /^[a-z]{2}-[A-Z]{2}$/.test(segs[0] ?? '') ? segs[1] : segs[0];
    if (ok(site)) return { kind: 'workday', token: `${wd[1]}.${wd[2]}/${site}` };
  }
  return null;
}

const FINGERPRINTS: { pattern: RegExp; detect: (m: RegExpExecArray) => DetectedSource | null }[] = [
  { pattern: /boards(?:\.eu)?\.greenhouse\.io\/embed\/job_board(?:\/js)?\?for=([A-Za-z0-9._-]+)/, detect: (m) => ({ kind: 'greenhouse', token: m[1]! }) },
  { pattern: /https?:\/\/(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/[A-Za-z0-9._-]+[^"'\s<]*/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/jobs(?:\.eu)?\.lever\.co\/[A-Za-z0-9._-]+/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/jobs\.ashbyhq\.com\/[A-Za-z0-9._-]+/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/apply\.workable\.com\/[A-Za-z0-9._-]+/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/[a-z0-9-]+\.recruitee\.com/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/(?:careers|jobs)\.smartrecruiters\.com\/[A-Za-z0-9._-]+/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/[a-z0-9-]+\.breezy\.hr/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/[a-z0-9-]+\.jobs\.personio\.(?:de|com)/, detect: (m) => detectFromUrl(m[0]) },
  { pattern: /https?:\/\/[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com\/[^"'\s<]+/, detect: (m) => detectFromUrl(m[0]) },
];

/** Detects an ATS from fingerprints in a careers page's HTML (embeds, board links). */
export function detectFromHtml(html: string): DetectedSource | null {
  for (const { pattern, detect } of FINGERPRINTS) {
    const m = pattern.exec(html);
    const found = m ? detect(m) : null;
    if (found) return found;
  }
  return null;
}
