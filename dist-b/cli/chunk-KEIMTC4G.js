import {
  MAX_POSTINGS_PER_SCRAPE,
  decodeEntities,
  htmlToText,
  joinPlaces
} from "./chunk-HSXQT5O5.js";

// dist/scrape/cost.js
var newCost = () => ({ bytes: 0, cpuMs: 0 });
function measureCpu(cost, work) {
  if (!cost)
    return work();
  const before = process.cpuUsage();
  try {
    return work();
  } finally {
    const used = process.cpuUsage(before);
    cost.cpuMs += (used.user + used.system) / 1e3;
  }
}

// dist/scrape/page/extract.js
var NOT_A_POSTING = /\b(log ?in|sign ?(in|up)|cookie|privacy|terms|imprint|legal|about( us)?|contact|help|support|blog|news|press|events?|faq|benefits|our (team|story|values)|life at|culture|home|apply now|all jobs|view all|see all|newsletter|subscribe|investors?|next( page)?|prev(ious)?( page)?|load more|show more|page \d+)\b/i;
var PAGINATION = /^(next|next page|prev(ious)?|prev(ious)? page|load more|show more|more jobs|see all( jobs)?|view all( jobs)?|all jobs|page \d+|\d+|[‹›«»<>]+)$/i;
var JOB_PATH = /\/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|roles?|opportunit(y|ies))\/[^/?#]+|[?&](gh_jid|ashby_jid|jobid|job_id)=/i;
var ROLE_WORD = /\b(engineer|developer|designer|manager|lead|head of|director|analyst|scientist|architect|specialist|consultant|intern|associate|writer|editor|recruiter|marketer|administrator|representative|officer|coordinator|technician|sre|devops|product|support engineer)\b/i;
function placeText(address) {
  if (typeof address === "string")
    return address;
  if (!address || typeof address !== "object")
    return null;
  const a = address;
  const country = typeof a.addressCountry === "object" && a.addressCountry ? a.addressCountry.name : a.addressCountry;
  return [a.addressLocality, a.addressRegion, country].filter((v) => typeof v === "string" && v.trim() !== "").join(", ") || null;
}
function jobPostingsFromJsonLd(items, pageUrl) {
  const out = [];
  const stack = [{ node: items }];
  while (stack.length > 0) {
    const { node, graphDone } = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ node: node[i] });
      continue;
    }
    if (!node || typeof node !== "object")
      continue;
    const o = node;
    if (!graphDone && Array.isArray(o["@graph"])) {
      stack.push({ node, graphDone: true }, { node: o["@graph"] });
      continue;
    }
    const type = o["@type"];
    const posting = type === "JobPosting" || Array.isArray(type) && type.includes("JobPosting") ? jobPosting(o, pageUrl) : null;
    if (posting && out.push(posting) > MAX_POSTINGS_PER_SCRAPE)
      break;
  }
  return out;
}
function jobPosting(o, pageUrl) {
  const places = Array.isArray(o.jobLocation) ? o.jobLocation : [o.jobLocation];
  let url = pageUrl;
  try {
    if (typeof o.url === "string")
      url = new URL(o.url, pageUrl).toString();
  } catch {
    return null;
  }
  const identifier = o.identifier;
  return {
    sourceId: typeof identifier === "string" ? identifier : identifier?.value !== void 0 ? String(identifier.value) : null,
    title: decodeEntities(String(o.title ?? "")),
    url,
    location: joinPlaces(places.map((p) => placeText(p?.address))),
    workplaceType: o.jobLocationType === "TELECOMMUTE" || Array.isArray(o.jobLocationType) && o.jobLocationType.includes("TELECOMMUTE") ? "Remote" : null,
    descriptionText: typeof o.description === "string" ? htmlToText(o.description) : null,
    publishedAt: typeof o.datePosted === "string" && Number.isFinite(Date.parse(o.datePosted)) ? Date.parse(o.datePosted) : null
  };
}
function postingsFromSnapshot(snapshot, pageUrl) {
  const fromLd = jobPostingsFromJsonLd(snapshot.jsonLd, pageUrl);
  if (fromLd.length > 0)
    return fromLd;
  const page = new URL(pageUrl);
  return snapshot.links.filter((l) => {
    const text = l.text.replace(/\s+/g, " ").trim();
    if (text.length < 4 || text.length > 200 || PAGINATION.test(text))
      return false;
    if (!snapshot.selectorFound && NOT_A_POSTING.test(text))
      return false;
    let href;
    try {
      href = new URL(l.href);
    } catch {
      return false;
    }
    if (!/^https?:$/.test(href.protocol))
      return false;
    if (href.origin === page.origin && href.pathname === page.pathname && href.search === page.search)
      return false;
    if (snapshot.selectorFound)
      return true;
    return !l.inChrome && (JOB_PATH.test(href.pathname + href.search) || ROLE_WORD.test(text));
  }).map((l) => ({ sourceId: null, title: l.text.replace(/\s+/g, " ").trim(), url: l.href }));
}

export {
  newCost,
  measureCpu,
  postingsFromSnapshot
};
