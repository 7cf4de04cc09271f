import {
  detectFromUrl
} from "./chunk-BMFWJ45U.js";
import {
  filterFromUrl,
  filterToJson,
  parseStoredFilter
} from "./chunk-TOKAQMRD.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  oncePer
} from "./chunk-YU7T37VA.js";
import {
  InputError
} from "./chunk-ICS75TSL.js";

// dist/companies/repo.js
var COMPANY_COLUMNS = `id, slug, name, careers_url AS careersUrl, selector, work_model AS workModel, headquarters,
  office_locations AS officeLocations, fields, open_to_application AS openToApplication, source_kind AS sourceKind,
  source_token AS sourceToken, source_filter AS sourceFilter, source_origin AS sourceOrigin,
  render_mode AS renderMode, render_origin AS renderOrigin, render_scrapes_since_check AS renderScrapesSinceCheck, last_success_at AS lastSuccessAt, last_attempt_at AS lastAttemptAt, last_error AS lastError,
  last_error_kind AS lastErrorKind, consecutive_failures AS consecutiveFailures, breaker_open_until AS breakerOpenUntil,
  drift_note AS driftNote, drift_warned_at AS driftWarnedAt, created_at AS createdAt, updated_at AS updatedAt`;
function toCompany(row) {
  return {
    ...row,
    officeLocations: JSON.parse(String(row.officeLocations)),
    fields: JSON.parse(String(row.fields)),
    sourceFilter: parseStoredFilter(row.sourceFilter),
    openToApplication: row.openToApplication === null ? null : Boolean(row.openToApplication)
  };
}
function sourceOfCareersUrl(careersUrl) {
  const detected = detectFromUrl(careersUrl);
  let filter = detected?.filter ?? null;
  if (!detected) {
    try {
      filter = filterFromUrl(new URL(careersUrl));
    } catch {
      filter = null;
    }
  }
  return {
    sourceKind: detected?.kind ?? null,
    sourceToken: detected?.token ?? null,
    sourceOrigin: detected ? "url" : null,
    sourceFilter: filterToJson(filter)
  };
}
function upsertCompanies(store, rows, nowMs) {
  const find = store.sqlite.prepare("SELECT id, careers_url AS careersUrl FROM companies WHERE slug = ?");
  const update = store.sqlite.prepare(`UPDATE companies SET name = @name, careers_url = @careersUrl, selector = @selector,
      work_model = @workModel, headquarters = @headquarters, office_locations = @officeLocations, fields = @fields,
      open_to_application = @openToApplication, updated_at = @now,
      source_kind = CASE WHEN careers_url = @careersUrl THEN source_kind ELSE @sourceKind END,
      source_token = CASE WHEN careers_url = @careersUrl THEN source_token ELSE @sourceToken END,
      source_origin = CASE WHEN careers_url = @careersUrl THEN source_origin ELSE @sourceOrigin END,
      source_filter = CASE WHEN careers_url = @careersUrl THEN source_filter ELSE @sourceFilter END
    WHERE id = @id`);
  const insert = store.sqlite.prepare(`INSERT INTO companies (slug, name, careers_url, selector, work_model, headquarters,
      office_locations, fields, open_to_application, source_kind, source_token, source_origin, source_filter, created_at, updated_at)
    VALUES (@slug, @name, @careersUrl, @selector, @workModel, @headquarters, @officeLocations, @fields, @openToApplication,
      @sourceKind, @sourceToken, @sourceOrigin, @sourceFilter, @now, @now)`);
  return writeTx(store, () => {
    let inserted = 0;
    let updated = 0;
    const ids = [];
    for (const r of rows) {
      const values = {
        slug: r.slug,
        name: r.name,
        careersUrl: r.careersUrl,
        selector: r.selector,
        workModel: r.workModel,
        headquarters: r.headquarters,
        officeLocations: JSON.stringify(r.officeLocations),
        fields: JSON.stringify(r.fields),
        openToApplication: r.openToApplication === null ? null : Number(r.openToApplication),
        now: nowMs,
        ...sourceOfCareersUrl(r.careersUrl)
      };
      const existing = find.get(r.slug);
      if (existing) {
        update.run({ ...values, id: existing.id });
        ids.push(existing.id);
        updated++;
      } else {
        ids.push(Number(insert.run(values).lastInsertRowid));
        inserted++;
      }
    }
    return { inserted, updated, ids };
  });
}
function findCompany(store, slug) {
  const row = store.sqlite.prepare(`SELECT ${COMPANY_COLUMNS} FROM companies WHERE slug = ?`).get(slug);
  return row ? toCompany(row) : void 0;
}
function findCompanyById(store, id) {
  const row = store.sqlite.prepare(`SELECT ${COMPANY_COLUMNS} FROM companies WHERE id = ?`).get(id);
  return row ? toCompany(row) : void 0;
}
function requireCompany(store, slug) {
  const company = findCompany(store, slug);
  if (!company)
    throw new InputError(`no company "${slug}"; see \`scoutly companies list\` or add it with \`scoutly companies add\``);
  return company;
}
function removeCompany(store, slug) {
  return writeTx(store, () => store.sqlite.prepare("DELETE FROM companies WHERE slug = ?").run(slug).changes > 0);
}
function listCompanies(store, filter) {
  const where = [];
  if (filter.due)
    where.push("s.next_due_at <= @now");
  if (filter.problematic)
    where.push("(c.consecutive_failures > 0 OR c.breaker_open_until > @now)");
  return store.sqlite.prepare(`SELECT c.slug, c.name, c.careers_url AS careersUrl, c.source_kind AS sourceKind, c.source_token AS sourceToken,
        c.source_filter AS sourceFilter, s.effective_rank AS effectiveRank,
        s.next_due_at AS nextDueAt, c.last_success_at AS lastSuccessAt, c.consecutive_failures AS consecutiveFailures,
        c.last_error_kind AS lastErrorKind, c.last_error AS lastError, c.breaker_open_until AS breakerOpenUntil
      FROM companies c LEFT JOIN v_schedule s ON s.company_id = c.id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY s.effective_rank DESC NULLS LAST, c.slug`).all({ now: filter.nowMs }).map((row) => ({ ...row, sourceFilter: parseStoredFilter(row.sourceFilter) }));
}
var preferenceStatement = oncePer((sqlite) => sqlite.prepare(`INSERT INTO preferences (user_id, company_id, rank, tracking, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)
    ON CONFLICT (user_id, company_id) DO UPDATE SET rank = excluded.rank, tracking = 1, updated_at = excluded.updated_at`));
function setPreference(store, userId, companyId, rank, nowMs) {
  preferenceStatement(store.sqlite).run(userId, companyId, rank, nowMs, nowMs);
}
function untrack(store, companyId, userId, nowMs) {
  return writeTx(store, () => store.sqlite.prepare(`UPDATE preferences SET tracking = 0, updated_at = @now
        WHERE company_id = @companyId AND tracking = 1 AND (@userId IS NULL OR user_id = @userId)`).run({ now: nowMs, companyId, userId }).changes);
}
function preferencesOf(store, companyId) {
  return store.sqlite.prepare(`SELECT u.email, p.rank, p.tracking FROM preferences p JOIN users u ON u.id = p.user_id WHERE p.company_id = ? ORDER BY p.rank DESC`).all(companyId);
}
function setCompanySource(store, companyId, source, nowMs) {
  writeTx(store, () => store.sqlite.prepare("UPDATE companies SET source_kind = ?, source_token = ?, source_origin = ?, updated_at = ? WHERE id = ?").run(source?.kind ?? null, source?.token ?? null, source?.origin ?? null, nowMs, companyId));
}
function pinCompanySource(store, companyId, source, filter, nowMs) {
  writeTx(store, () => {
    setCompanySource(store, companyId, source, nowMs);
    if (filter !== void 0)
      store.sqlite.prepare("UPDATE companies SET source_filter = ? WHERE id = ?").run(filterToJson(filter), companyId);
  });
}
function scrapeInputOf(company) {
  const fromUrl = sourceOfCareersUrl(company.careersUrl);
  const legacy = company.sourceOrigin === null;
  const filter = legacy && !company.sourceFilter ? parseStoredFilter(fromUrl.sourceFilter) : company.sourceFilter;
  if (!company.sourceKind)
    return { known: null, filter };
  const origin = company.sourceOrigin ?? (fromUrl.sourceKind === company.sourceKind && fromUrl.sourceToken === company.sourceToken ? "url" : "page");
  return { known: { kind: company.sourceKind, token: company.sourceToken, origin }, filter };
}
function renderStateOf(company) {
  return { mode: company.renderMode, origin: company.renderOrigin, scrapesSinceCheck: company.renderScrapesSinceCheck };
}
function setCompanyRender(store, companyId, state, nowMs) {
  writeTx(store, () => store.sqlite.prepare("UPDATE companies SET render_mode = ?, render_origin = ?, render_scrapes_since_check = ?, updated_at = ? WHERE id = ?").run(state.mode, state.mode === "auto" ? null : state.origin, state.scrapesSinceCheck, nowMs, companyId));
}
function companiesForUser(store, userId, slug = null) {
  return store.sqlite.prepare(`SELECT c.id, c.slug, c.name, c.careers_url AS careersUrl, c.selector, c.source_kind AS sourceKind,
      c.source_token AS sourceToken, c.source_filter AS sourceFilter, c.source_origin AS sourceOrigin, c.render_mode AS renderMode,
      c.render_origin AS renderOrigin, p.rank AS myRank, COALESCE(p.tracking, 0) AS tracking, s.effective_rank AS effectiveRank,
      s.interval_ms AS intervalMs, s.next_due_at AS nextDueAt, c.last_success_at AS lastSuccessAt, c.consecutive_failures AS consecutiveFailures,
      c.last_error_kind AS lastErrorKind, c.last_error AS lastError, c.breaker_open_until AS breakerOpenUntil,
      (SELECT COUNT(*) FROM postings o WHERE o.company_id = c.id AND o.closed_at IS NULL) AS openPostings
    FROM companies c LEFT JOIN preferences p ON p.company_id = c.id AND p.user_id = @userId LEFT JOIN v_schedule s ON s.company_id = c.id
    WHERE @slug IS NULL OR c.slug = @slug
    ORDER BY COALESCE(p.tracking, 0) DESC, p.rank DESC, c.name COLLATE NOCASE, c.slug`).all({ userId, slug }).map((r) => ({ ...r, tracking: Boolean(r.tracking), sourceFilter: parseStoredFilter(r.sourceFilter) }));
}

export {
  sourceOfCareersUrl,
  upsertCompanies,
  findCompany,
  findCompanyById,
  requireCompany,
  removeCompany,
  listCompanies,
  setPreference,
  untrack,
  preferencesOf,
  setCompanySource,
  pinCompanySource,
  scrapeInputOf,
  renderStateOf,
  setCompanyRender,
  companiesForUser
};
