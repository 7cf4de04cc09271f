import {
  deriveProfileFromCv
} from "./chunk-TSCOCQB5.js";
import {
  writeTx
} from "./chunk-IERKD2WH.js";
import {
  InputError
} from "./chunk-ICS75TSL.js";

// dist/users/repo.js
var EMAIL = /^[^\s@]+@[^\s@]+$/;
function checkEmail(email) {
  return EMAIL.test(email) ? null : `"${email}" is not an e-mail address (expected name@example.com)`;
}
function upsertUser(store, input, nowMs) {
  const problem = checkEmail(input.email);
  if (problem)
    throw new InputError(problem);
  return writeTx(store, () => {
    const existing = store.sqlite.prepare("SELECT id, profile FROM users WHERE email = ?").get(input.email);
    const storedIsDerived = existing?.profile ? JSON.parse(existing.profile).derivedFrom === "cv" : true;
    const derivedProfile = input.profile === void 0 && Boolean(input.cv?.text) && storedIsDerived;
    if (derivedProfile)
      input = { ...input, profile: { ...deriveProfileFromCv(input.cv.text, nowMs) } };
    const id = existing?.id ?? Number(store.sqlite.prepare("INSERT INTO users (email, created_at, updated_at) VALUES (?, ?, ?)").run(input.email, nowMs, nowMs).lastInsertRowid);
    if (input.profile !== void 0) {
      store.sqlite.prepare("UPDATE users SET profile = ?, updated_at = ? WHERE id = ?").run(input.profile === null ? null : JSON.stringify(input.profile), nowMs, id);
    }
    if (input.cv) {
      store.sqlite.prepare("UPDATE users SET cv_file_name = ?, cv_text = ?, cv_file = ?, updated_at = ? WHERE id = ?").run(input.cv.fileName, input.cv.text, JSON.stringify({ encoding: "base64", data: input.cv.bytes.toString("base64") }), nowMs, id);
    }
    return { id, created: !existing, derivedProfile };
  });
}
function showUser(store, email) {
  const row = store.sqlite.prepare(`SELECT u.id, u.email, u.profile, u.cv_file_name AS cvFileName, length(u.cv_text) AS cvChars,
      (SELECT COUNT(*) FROM preferences p WHERE p.user_id = u.id AND p.tracking = 1) AS tracking FROM users u WHERE u.email = ?`).get(email);
  if (!row)
    throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email} --cv CV.pdf\``);
  return { ...row, profile: row.profile === null ? null : JSON.parse(row.profile) };
}
function listUsers(store) {
  return store.sqlite.prepare(`SELECT u.id, u.email, u.profile IS NOT NULL AS hasProfile, u.cv_file_name AS cvFileName,
        (SELECT COUNT(*) FROM preferences p WHERE p.user_id = u.id AND p.tracking = 1) AS tracking
      FROM users u ORDER BY u.email`).all();
}
function toUser(row) {
  if (!row)
    return void 0;
  return { ...row, profile: row.profile === null ? null : JSON.parse(String(row.profile)) };
}
var USER_COLUMNS = "id, email, profile, cv_file_name AS cvFileName, cv_text AS cvText";
function resolveUser(store, email) {
  if (email) {
    const user = toUser(store.sqlite.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).get(email));
    if (!user)
      throw new InputError(`no user "${email}"; add one with \`scoutly users add ${email}\``);
    return user;
  }
  const all = store.sqlite.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT 2`).all();
  if (all.length === 1)
    return toUser(all[0]);
  if (all.length === 0)
    throw new InputError("no user yet; add one with `scoutly users add EMAIL`, or pass --user EMAIL");
  const n = store.sqlite.prepare("SELECT COUNT(*) AS n FROM users").get().n;
  throw new InputError(`there are ${n} users; say which with --user EMAIL`);
}
function scoringInputOf(store, userId) {
  const row = store.sqlite.prepare("SELECT profile, cv_text AS cvText FROM users WHERE id = ?").get(userId);
  return row && { profile: row.profile ? JSON.parse(row.profile) : null, cvText: row.cvText };
}

export {
  upsertUser,
  showUser,
  listUsers,
  resolveUser,
  scoringInputOf
};
