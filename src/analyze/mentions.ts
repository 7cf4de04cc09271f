// How a posting mentions a skill or technology: as a requirement, as a nice-to-have, or negated and
// legacy ("our PHP monolith is being retired; you will not write PHP"). Read per sentence. Pure.

import { escapeRegExp } from '../core/text.js';
export type Mention = 'required' | 'optional' | 'negated';

/** A whole-word match that treats `+`, `#` and `.` as part of names (C++, C#, Node.js). */
export const termRe = (term: string) => new RegExp(`(^|[^\\p{L}\\p{N}+#])${escapeRegExp(term)}($|[^\\p{L}\\p{N}+#])`, term.length <= 2 ? 'u' : 'iu');

const NEGATED = /(?<![\p{L}\p{N}])(not|no longer|never|retir\w*|legacy|deprecated|phas\w* out|migrat\w* (away )?from|moving away from|replac\w*|sunset\w*|won't|will not|kein\w*|geen|sin)(?![\p{L}\p{N}])/iu;
const OPTIONAL = /(?<![\p{L}\p{N}])(a plus|nice[- ]to[- ]have|bonus|preferred|advantage|is a plus|not required|optional|familiarity|exposure to|von vorteil|wünschenswert|ein plus|pluspunt|se valorar[aá]|valorable|un plus|appréci[ée]e?)(?![\p{L}\p{N}])/iu;

/** The strongest way the text mentions the term (required over optional over negated), or null. */
export function mentionOf(text: string, term: string): Mention | null {
  const re = termRe(term);
  let best: Mention | null = null;
  for (const sentence of text.split(/(?<=[.!?;:])\s+|\n+/)) {
    if (!re.test(sentence)) continue;
    const kind: Mention = NEGATED.test(sentence) ? 'negated' : OPTIONAL.test(sentence) ? 'optional' : 'required';
    if (kind === 'required') return kind;
    if (kind === 'optional' || best === null) best = kind;
  }
  return best;
}
