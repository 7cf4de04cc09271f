// What the rules read of a posting: its title, location and workplace field as stored (the scrape caps
// those at 300 characters) and the first RULE_TEXT_CHARS of its description, cut after a whole word.
// Every rule's pattern is linear (`make check` lints them), so this bounds what one posting can cost.

import { oncePer } from '../core/memo.js';
import { clipAtWord } from '../core/text.js';
import type { PostingForAnalysis } from './types.js';

/**
 * A job description runs to a few thousand characters (the bench's typical one is 3,000); 20,000 holds
 * a long one whole with its benefits and legal boilerplate. Past that, a description of the 50,000 the
 * scrape keeps is padding or an attack, not requirements: the rules never read it (Gemini reads 6,000).
 */
export const RULE_TEXT_CHARS = 20_000;

/** The posting the rules read: the same object when its description fits, else one copy per posting. */
export const forRules: (posting: PostingForAnalysis) => PostingForAnalysis = oncePer((posting) =>
  (posting.descriptionText?.length ?? 0) <= RULE_TEXT_CHARS ? posting : { ...posting, descriptionText: clipAtWord(posting.descriptionText!, RULE_TEXT_CHARS) });
