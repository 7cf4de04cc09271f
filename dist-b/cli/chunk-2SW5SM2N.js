import {
  require_commonjs
} from "./chunk-HSXQT5O5.js";
import {
  PermanentError
} from "./chunk-ICS75TSL.js";
import {
  __toESM
} from "./chunk-4VNS5WPM.js";

// dist/scrape/selector.js
var import_css_what = __toESM(require_commonjs(), 1);
function selectorProblem(selector) {
  if (!selector.trim())
    return "is empty";
  try {
    (0, import_css_what.parse)(selector);
    return null;
  } catch (err) {
    return `is not a valid CSS selector (${err.message.trim() || "syntax error"})`;
  }
}
function assertUsableSelector(selector) {
  const problem = selector === null ? null : selectorProblem(selector);
  if (problem)
    throw new PermanentError("invalid_selector", `the company's selector "${selector}" ${problem}: fix it with scoutly companies add SLUG URL --selector CSS`);
}

export {
  selectorProblem,
  assertUsableSelector
};
