import {
  HttpProblem,
  invalid
} from "./chunk-FWA5WURM.js";
import {
  CV_TYPES,
  MAX_CV_BYTES,
  cvText
} from "./chunk-RBGO7UU6.js";
import {
  scoringInputOf,
  showUser,
  upsertUser
} from "./chunk-Y6E3OW7K.js";
import "./chunk-TSCOCQB5.js";
import {
  candidateFacts
} from "./chunk-VUYDP6U2.js";
import {
  validateProfile
} from "./chunk-7EI2NUQR.js";
import {
  redactPersonalData
} from "./chunk-U3UUYWFL.js";
import {
  loadPlaces
} from "./chunk-VHVHADGL.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/web/actions/profile.js
import { extname, basename } from "node:path";
function readsOf(profile) {
  const f = candidateFacts(profile);
  return {
    city: f.city,
    country: f.country,
    authorizedIn: [...f.authorizedIn].sort(),
    willingToRelocate: f.willingToRelocate,
    level: f.level,
    years: f.years,
    manager: f.manager,
    roleFamilies: f.families,
    languages: Object.fromEntries(f.languages)
  };
}
var storedProfile = (deps, caller) => showUser(deps.store, caller.account.email).profile;
async function profileOf(deps, caller) {
  await loadPlaces();
  const user = showUser(deps.store, caller.account.email);
  const input = scoringInputOf(deps.store, caller.account.id);
  const checked = user.profile ? validateProfile(user.profile) : null;
  return {
    email: user.email,
    cvFileName: user.cvFileName,
    cvChars: user.cvChars,
    derivedFromCv: user.profile?.derivedFrom === "cv",
    profile: user.profile,
    reads: checked?.ok ? readsOf(checked.profile) : null,
    problem: checked && !checked.ok ? checked.message : null,
    cvForModel: input?.cvText ? redactPersonalData(input.cvText).slice(0, 3e3) : null
  };
}
async function saveProfile(deps, caller, profile) {
  const checked = validateProfile(profile);
  if (!checked.ok) {
    const [field, ...rest] = checked.message.split(": ");
    throw invalid([{ field: field ?? "(profile)", message: rest.join(": ") || checked.message }]);
  }
  const { derivedFrom: _derived, ...own } = profile;
  upsertUser(deps.store, { email: caller.account.email, profile: own }, deps.clock.now());
  return profileOf(deps, caller);
}
var cleanFileName = (name) => basename(name.replace(/\\/g, "/")).replace(/[\u0000-\u001f\u007f-\u009f]/g, "").slice(0, 200) || "cv";
async function uploadCv(deps, caller, fileName, bytes) {
  const name = cleanFileName(fileName);
  if (!CV_TYPES.includes(extname(name).toLowerCase()))
    throw invalid([{ field: "file", message: `${name} must be a .pdf, .md or .txt file` }]);
  if (bytes.length > MAX_CV_BYTES)
    throw new HttpProblem(413, "Too large", `${name} is ${(bytes.length / 1048576).toFixed(1)} MB; a CV is at most ${MAX_CV_BYTES / 1048576} MB`);
  if (bytes.length === 0)
    throw invalid([{ field: "file", message: `${name} is empty` }]);
  let text;
  try {
    text = await cvText(name, bytes);
  } catch (err) {
    throw invalid([{ field: "file", message: err.message.replace(/^--cv: /, "") }]);
  }
  await loadPlaces();
  upsertUser(deps.store, { email: caller.account.email, cv: { fileName: name, text, bytes } }, deps.clock.now());
  return profileOf(deps, caller);
}
export {
  cleanFileName,
  profileOf,
  saveProfile,
  storedProfile,
  uploadCv
};
