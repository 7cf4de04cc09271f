// Whether a company's CSS selector can select anything: checked at import and before a page is read,
// so a typo (`ul[`) is an `invalid_selector` the user can see and fix, not an internal error at every
// scrape. css-what is the selector parser of cheerio and css-select. Pure.

import { parse } from 'css-what';
import { PermanentError } from '../core/errors.js';

/** Null when the selector parses, else what is wrong with it. */
export function selectorProblem(selector: string): string | null {
  if (!selector.trim()) return 'is empty';
  try {
    parse(selector);
    return null;
  } catch (err) {
    return `is not a valid CSS selector (${(err as Error).message.trim() || 'syntax error'})`;
  }
}

/** Before a page is read (plain HTTP or Chromium): an unusable selector is the user's to fix, never retried. */
export function assertUsableSelector(selector: string | null): void {
  const problem = selector === null ? null : selectorProblem(selector);
  if (problem) throw new PermanentError('invalid_selector', `the company's selector "${selector}" ${problem}: fix it with scoutly companies add SLUG URL --selector CSS`);
}
