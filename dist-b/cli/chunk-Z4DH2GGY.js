import {
  clip,
  escapeControls,
  escapeHtml,
  isWebUrl,
  roleKey
} from "./chunk-SJIXDJEM.js";

// dist/notify/digest.js
var isEmptyDigest = (d) => d.matches.length + d.closed.length + d.warnings.length === 0;
var digestKeys = (d) => [...d.matches, ...d.closed, ...d.warnings].map((i) => i.key);
function untold(d, told) {
  return {
    ...d.headline ? { headline: d.headline } : {},
    matches: d.matches.filter((m) => !told.has(m.key)),
    closed: d.closed.filter((c) => !told.has(c.key)),
    warnings: d.warnings.filter((w) => !told.has(w.key))
  };
}
function testDigest(host, nowMs) {
  return {
    matches: [],
    closed: [],
    headline: "Scoutly: test message",
    warnings: [{ key: "test", text: `Test message from scoutly notify --test on ${host} at ${new Date(nowMs).toISOString()}: this channel works.` }]
  };
}
var matchKey = (savedJobId) => `match:${savedJobId}`;
var closedKey = (savedJobId, closedAt) => `closed:${savedJobId}:${closedAt}`;
function actionUrls(m) {
  const { webUrl, appliedToken, discardToken } = m.actions;
  return {
    confirmApplied: `${webUrl}/act/${appliedToken}`,
    confirmDiscard: `${webUrl}/act/${discardToken}`,
    apiApplied: `${webUrl}/api/v1/actions/${appliedToken}`,
    apiDiscard: `${webUrl}/api/v1/actions/${discardToken}`,
    open: `${webUrl}/matches#match-${m.savedJobId}`
  };
}
var withActions = (m) => m.actions !== void 0;
var ACTION_LABELS = { applied: "Applied", discard: "Not for me", open: "Open" };
function priorityFor(d) {
  const best = Math.max(-1, ...d.matches.map((m) => m.score ?? 0));
  if (best >= 90)
    return 5;
  if (best >= 80)
    return 4;
  if (best >= 0 || d.warnings.length > 0)
    return 3;
  return 2;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var plain = (s) => escapeControls(s.replace(/\s+/g, " ").trim(), true);
var MD_SPECIAL = /[\\`*_{}[\]()#|<>~]/g;
var escapeMarkdown = (s) => plain(s).replace(MD_SPECIAL, (c) => `\\${c}`);
var mdUrl = (url) => url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
var escapeSlack = (s) => plain(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var slackUrl = (url) => url.replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
function digestTitle(d, esc = plain) {
  if (d.headline)
    return d.headline;
  const parts = [];
  const roles = groupByRole(d.matches);
  if (roles.length === 1) {
    const m = roles[0].lead;
    const places = roles[0].members.length;
    parts.push(`new match ${m.score ?? "?"}: ${esc(clip(m.title, 80))} at ${esc(clip(m.company, 40))}${places > 1 ? ` (${places} places)` : ""}`);
  } else if (roles.length > 1) {
    parts.push(`${plural(roles.length, "new match", "new matches")} (best ${Math.max(...d.matches.map((m) => m.score ?? 0))})`);
  }
  if (d.closed.length)
    parts.push(`${plural(d.closed.length, "saved posting")} closed`);
  if (d.warnings.length)
    parts.push(plural(d.warnings.length, "health warning"));
  return `Scoutly: ${parts.join(", ")}`;
}
function clickUrl(d) {
  const url = d.matches[0]?.url;
  return url && isWebUrl(url) ? url : null;
}
var WORKPLACE_LABELS = { remote: "Remote", fullyremote: "Remote", hybrid: "Hybrid", onsite: "On-site", inoffice: "On-site" };
function workplaceLabel(raw) {
  if (!raw)
    return null;
  return WORKPLACE_LABELS[raw.toLowerCase().replace(/[^a-z]/g, "")] ?? raw;
}
var whereOf = (m) => {
  const workplace = workplaceLabel(m.workplace);
  const location = m.location && m.location.toLowerCase() !== workplace?.toLowerCase() ? m.location : null;
  return [workplace, location].filter((v) => Boolean(v)).join(" \xB7 ");
};
function groupByRole(items, apart) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of items) {
    const key = JSON.stringify([m.user, m.company, roleKey(m.title), apart?.(m) ?? null]);
    const group = groups.get(key);
    if (group)
      group.members.push(m);
    else
      groups.set(key, { lead: m, members: [m] });
  }
  return [...groups.values()];
}
function postingAge(sinceMs, nowMs, staleDays) {
  const ageDays = Math.max(0, Math.floor((nowMs - sinceMs) / 864e5));
  return { ageDays, stale: ageDays > staleDays };
}
var MAX_PLACES_LISTED = 8;
var ageOf = (g) => ({ days: Math.max(...g.members.map((m) => m.ageDays)), stale: g.members.some((m) => m.stale) });
function notesOf(g) {
  const notes = [];
  const age = ageOf(g);
  if (age.stale)
    notes.push(`open ${plural(age.days, "day")} \xB7 stale`);
  const repost = g.lead.repost;
  if (repost) {
    notes.push(`reposted${repost.change ? `, changed: ${repost.change}` : ""}${repost.earlierStatus ? ` \xB7 your earlier match: ${repost.earlierStatus.replace(/_/g, " ")}` : ""}`);
  }
  return notes;
}
function itemBlocks(d, o) {
  const md = o.style === "markdown";
  const slack = o.style === "slack";
  const t = md ? escapeMarkdown : slack ? escapeSlack : plain;
  const bold = (s) => md ? `**${s}**` : slack ? `*${s}*` : s;
  const link = (label, url) => md ? `[${label}](${mdUrl(url)})` : slack ? `<${slackUrl(url)}|${label}>` : url;
  const who = (user) => o.showUser ? ` (for ${t(user)})` : "";
  const groups = groupByRole(d.matches);
  return [
    {
      section: bold(`New ${groups.length === 1 ? "match" : "matches"}`),
      blocks: groups.map((g) => {
        const m = g.lead;
        const lines = [`- ${bold(String(m.score ?? "?"))} ${t(m.company)}: ${t(clip(m.title, 120))}${who(m.user)}`];
        if (g.members.length === 1) {
          const where = whereOf(m);
          if (where)
            lines.push(`  ${t(clip(where, 100))}`);
        }
        for (const note of notesOf(g))
          lines.push(`  ${t(note)}`);
        for (const r of m.reasons.slice(0, 3))
          lines.push(`  + ${t(clip(r, 140))}`);
        const actionLinks = (p, withOpen) => {
          if (!withActions(p))
            return [];
          const u = actionUrls(p);
          const links = [[ACTION_LABELS.applied, u.confirmApplied], [ACTION_LABELS.discard, u.confirmDiscard]];
          if (withOpen)
            links.push([ACTION_LABELS.open, u.open]);
          return md || slack ? [links.map(([label, url]) => link(label, url)).join(" \xB7 ")] : links.map(([label, url]) => `${label}: ${url}`);
        };
        if (g.members.length === 1) {
          if (isWebUrl(m.url))
            lines.push(`  ${link("Open the posting", m.url)}`);
          lines.push(...actionLinks(m, true).map((l) => `  ${l}`));
        } else {
          lines.push(`  ${plural(g.members.length, "place")}:`);
          for (const p of g.members.slice(0, MAX_PLACES_LISTED)) {
            const where = t(clip(whereOf(p) || "place not given", 100));
            lines.push(`  \xB7 ${isWebUrl(p.url) ? o.style === "text" ? `${where}: ${p.url}` : link(where, p.url) : where}`);
            lines.push(...actionLinks(p, false).map((l) => `    ${l}`));
          }
          if (g.members.length > MAX_PLACES_LISTED)
            lines.push(`  \xB7 and ${plural(g.members.length - MAX_PLACES_LISTED, "more place")}`);
        }
        return lines.join("\n");
      })
    },
    {
      section: bold("Closed among your saved postings"),
      blocks: d.closed.map((c) => `- ${t(c.company)}: ${t(clip(c.title, 120))} (${c.status.replace(/_/g, " ")})${who(c.user)}`)
    },
    { section: bold("Health"), blocks: d.warnings.map((w) => `- ${t(w.text)}`) }
  ].filter((s) => s.blocks.length > 0);
}
var bytes = (s) => Buffer.byteLength(s, "utf8");
function renderDigestText(d, o) {
  const dashboard = d.matches.find(withActions)?.actions.webUrl;
  const footer = (n) => `\u2026and ${plural(n, "more item")}: ${dashboard ? `see your matches at ${dashboard}/matches` : "run `scoutly matches list` or open the report"}.`;
  const reserve = bytes(footer(9999)) + 2;
  const out = [];
  let used = 0;
  let left = 0;
  for (const s of itemBlocks(d, o)) {
    const header = `${out.length ? "\n" : ""}${s.section}`;
    let headerWritten = false;
    for (const block of s.blocks) {
      const cost = (headerWritten ? 0 : bytes(header) + 1) + bytes(block) + 1;
      if (left > 0 || o.maxBytes !== void 0 && used + cost > o.maxBytes - reserve) {
        left += 1;
        continue;
      }
      if (!headerWritten) {
        out.push(header);
        headerWritten = true;
      }
      out.push(block);
      used += cost;
    }
  }
  if (left > 0)
    out.push("", footer(left));
  return out.join("\n");
}
function renderDigestHtml(d, showUser) {
  const escapeHtml2 = (s) => escapeHtml(plain(s));
  const who = (user) => showUser ? ` <small>(for ${escapeHtml2(user)})</small>` : "";
  const href = (url) => isWebUrl(url) ? escapeHtml2(url) : "#";
  const parts = [`<h2 style="font-family:sans-serif">${escapeHtml2(digestTitle(d))}</h2>`];
  if (d.matches.length) {
    const actionLinks = (m, withOpen) => {
      if (!withActions(m))
        return "";
      const u = actionUrls(m);
      const links = [[ACTION_LABELS.applied, u.confirmApplied], [ACTION_LABELS.discard, u.confirmDiscard], ...withOpen ? [[ACTION_LABELS.open, u.open]] : []];
      return links.map(([label, url]) => `<a href="${escapeHtml2(url)}">${label}</a>`).join(" \xB7 ");
    };
    const place = (m) => {
      const actions = actionLinks(m, false);
      return `<a href="${href(m.url)}">${escapeHtml2(whereOf(m) || "place not given")}</a>${actions ? ` (${actions})` : ""}`;
    };
    const more = (n) => n > MAX_PLACES_LISTED ? ` \xB7 and ${plural(n - MAX_PLACES_LISTED, "more place")}` : "";
    parts.push("<h3>New matches</h3><ul>", ...groupByRole(d.matches).map((g) => {
      const m = g.lead;
      const single = g.members.length === 1;
      const where = single ? whereOf(m) : `${plural(g.members.length, "place")}: ${g.members.slice(0, MAX_PLACES_LISTED).map(place).join(" \xB7 ")}${more(g.members.length)}`;
      const actions = single ? actionLinks(m, true) : "";
      return `<li><b>${m.score ?? "?"}</b> ${escapeHtml2(m.company)}: <a href="${href(m.url)}">${escapeHtml2(m.title)}</a>${who(m.user)}${where ? `<br><small>${single ? escapeHtml2(where) : where}</small>` : ""}` + notesOf(g).map((n) => `<br><small>${escapeHtml2(n)}</small>`).join("") + `${m.reasons.length ? `<ul>${m.reasons.slice(0, 3).map((r) => `<li>${escapeHtml2(r)}</li>`).join("")}</ul>` : ""}${actions ? `<br>${actions}` : ""}</li>`;
    }), "</ul>");
  }
  if (d.closed.length) {
    parts.push("<h3>Closed among your saved postings</h3><ul>", ...d.closed.map((c) => `<li>${escapeHtml2(c.company)}: ${escapeHtml2(c.title)} (${escapeHtml2(c.status.replace(/_/g, " "))})${who(c.user)}</li>`), "</ul>");
  }
  if (d.warnings.length)
    parts.push("<h3>Health</h3><ul>", ...d.warnings.map((w) => `<li>${escapeHtml2(w.text)}</li>`), "</ul>");
  return `<!doctype html><html><body style="font-family:sans-serif;line-height:1.4">${parts.join("\n")}</body></html>`;
}
var NTFY_MAX_BYTES = 4e3;
function ntfyMessage(d, topic, showUser) {
  const click = clickUrl(d);
  return {
    topic,
    title: digestTitle(d),
    message: renderDigestText(d, { style: "markdown", maxBytes: NTFY_MAX_BYTES, showUser }),
    markdown: true,
    priority: priorityFor(d),
    tags: [d.matches.length ? "briefcase" : d.warnings.length ? "warning" : "wastebasket"],
    ...click ? { click } : {}
  };
}
var NTFY_MAX_ACTIONS = 3;
var NTFY_MAX_MATCH_MESSAGES = 5;
function ntfyActions(m) {
  const u = actionUrls(m);
  return [
    { action: "http", label: ACTION_LABELS.applied, url: u.apiApplied, method: "POST", clear: true },
    { action: "http", label: ACTION_LABELS.discard, url: u.apiDiscard, method: "POST", clear: true },
    { action: "view", label: ACTION_LABELS.open, url: u.open }
  ].slice(0, NTFY_MAX_ACTIONS);
}
function ntfyMessages(d, topic, showUser) {
  const own = d.matches.filter(withActions).slice(0, NTFY_MAX_MATCH_MESSAGES);
  const ownIds = new Set(own.map((m) => m.savedJobId));
  const parts = own.map((m) => {
    const single = { matches: [m], closed: [], warnings: [] };
    return { digest: single, body: { ...ntfyMessage(single, topic, showUser), actions: ntfyActions(m) } };
  });
  const rest = { ...d, matches: d.matches.filter((m) => !ownIds.has(m.savedJobId)) };
  if (!isEmptyDigest(rest))
    parts.push({ digest: rest, body: ntfyMessage(rest, topic, showUser) });
  return parts;
}
function webhookMessage(d, nowMs, showUser) {
  return {
    type: "scoutly.digest",
    version: 1,
    sentAt: new Date(nowMs).toISOString(),
    // `title` and `text` are Markdown with page text escaped, for chat tools; the items' fields are the data.
    title: digestTitle(d, escapeMarkdown),
    priority: priorityFor(d),
    text: renderDigestText(d, { style: "markdown", showUser }),
    matches: d.matches.map((m) => {
      const { key: _key, userId: _userId, actions: _actions, ...fields } = m;
      if (!withActions(m))
        return fields;
      const u = actionUrls(m);
      return { ...fields, actions: { applied: u.confirmApplied, notForMe: u.confirmDiscard, open: u.open } };
    }),
    closed: d.closed.map(({ key: _key, closedAt, ...c }) => ({ ...c, closedAt: new Date(closedAt).toISOString() })),
    warnings: d.warnings.map((w) => w.text)
  };
}
var SLACK_SECTION_MAX = 3e3;
var SLACK_HEADER_MAX = 150;
function slackMessage(d, showUser) {
  const title = digestTitle(d);
  const body = renderDigestText(d, { style: "slack", maxBytes: SLACK_SECTION_MAX - 100, showUser });
  return {
    text: digestTitle(d, escapeSlack),
    blocks: [
      { type: "header", text: { type: "plain_text", text: clip(title, SLACK_HEADER_MAX - 1), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: body } }
    ],
    unfurl_links: false
  };
}
var DISCORD_CONTENT_MAX = 2e3;
var DISCORD_TITLE_MAX = 256;
var DISCORD_DESCRIPTION_MAX = 4096;
function discordMessage(d, showUser) {
  const title = digestTitle(d, escapeMarkdown);
  const click = clickUrl(d);
  return {
    content: clip(title, DISCORD_CONTENT_MAX - 1),
    embeds: [{
      title: clip(title, DISCORD_TITLE_MAX - 1),
      description: renderDigestText(d, { style: "markdown", maxBytes: DISCORD_DESCRIPTION_MAX - 200, showUser }),
      ...click ? { url: click } : {},
      color: d.matches.length ? 3046706 : d.warnings.length ? 16361509 : 7697781
    }],
    // A title saying "@everyone" must not ping a server.
    allowed_mentions: { parse: [] }
  };
}

export {
  isEmptyDigest,
  digestKeys,
  untold,
  testDigest,
  matchKey,
  closedKey,
  digestTitle,
  groupByRole,
  postingAge,
  renderDigestText,
  renderDigestHtml,
  ntfyMessages,
  webhookMessage,
  slackMessage,
  discordMessage
};
