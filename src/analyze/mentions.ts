// How a posting mentions a skill or technology: as the team's own stack or a requirement, as a nice-to-have,
// merely mentioned (a data source, an integration, the customers' tools), or negated: "this is not a Python
// or SQL role", "PHP and Perl are not required", "our legacy Scala service is being retired". Negation is read
// over the list it governs, within its clause. Read per sentence and clause, in five languages. Pure.

import { escapeRegExp } from '../core/text.js';
export type Mention = 'required' | 'optional' | 'mentioned' | 'negated';

/** A whole-word match that treats `+`, `#` and `.` as part of names (C++, C#, Node.js). */
export const termRe = (term: string) => new RegExp(`(^|[^\\p{L}\\p{N}+#])${escapeRegExp(term)}($|[^\\p{L}\\p{N}+#])`, term.length <= 2 ? 'u' : 'iu');

/**
 * Names of other technologies that begin with a technology's name: "React Native" is a mobile framework, not React
 * (a front-end library) however whole-word matching reads it.
 */
const LONGER_NAMES: Record<string, RegExp> = { react: /(?<![\p{L}\p{N}])react[ -]native(?![\p{L}\p{N}])/giu };

/** The text without the longer names that start with `term` ("React Native" when looking for React). */
export const withoutLongerNames = (text: string, term: string) => {
  const longer = LONGER_NAMES[term.toLowerCase()];
  return longer ? text.replace(longer, ' ') : text;
};

const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/** The whole clause is about something going away: every technology in it is negated. */
const RETIRED = word('no longer|retir\\w*|legacy|deprecated|phas\\w* out|migrat\\w* (away )?(?:from|off)|mov\\w* (?:away )?(?:from|off)|migr(?:ar|ando|amos|er|ons) (?:de|desde)|replac\\w*|sunset\\w*|decommission\\w*|' +
  'heredad\\w*|obsolet\\w*|descontinu\\w*|abandonn\\w*|remplac\\w*|abgel[öo]st|abl[öo]s\\w*');
/**
 * A move from one technology to another ("migrating off Azure onto AWS", "replacing Jenkins with GitHub Actions",
 * "migrar de Oracle para PostgreSQL"): what it moves to, after the preposition, is the stack, not what goes.
 */
const MOVES = word('migr\\w*|mov\\w*|switch\\w*|replac\\w*|remplac\\w*|substitu\\w*|abl[öo]s\\w*');
const TOWARDS = word('to|onto|into|towards?|with|in favou?r of|hacia|por|para|vers|par|auf|durch|zu|nach');
const movedTo = (clause: string, at: number) => {
  const move = MOVES.exec(clause);
  return move !== null && move.index < at && TOWARDS.test(clause.slice(move.index + move[0].length, at));
};
/** A negation that governs what follows it in its clause: "not a Python or SQL role", "no Java, no PHP", "sin PHP ni Perl". */
const NEGATIONS = 'not|never|won\'t|will not|don\'t|do not|without|neither|nor|kein\\w*|nicht|ohne|geen|sin|ni|nada de|n[ãa]o|nem|sem|pas de|pas d(?=[\'’])|pas un|pas une|ne \\S+ pas|sans|aucun\\w*';
const NOT_BEFORE = word(`${NEGATIONS}|no`);
/**
 * Portuguese "no" is "in the" ("experiência no desenvolvimento Android com Kotlin", "no app iOS em Swift"), never a
 * negation (that is "não"): in a Portuguese sentence only the other negations count.
 */
const NOT_BEFORE_PT = word(NEGATIONS);
const PORTUGUESE = /(?<!\p{L})(?:com|em|da|dos|das|você|não|é|uma|pelo|pela|ao|nossa|nosso)(?!\p{L})|ção|ções|[ãõ]/iu;
/** A negation that governs what comes before it: "PHP and Perl are not required", "Java no es necesario". */
const NOT_AFTER = word('(?:is|are) not (?:required|needed|necessary|expected)|not (?:required|needed|necessary)|no (?:es|son) (?:necesari[oa]s?|requerid[oa]s?)|' +
  'n[ãa]o (?:é|são) (?:necess[aá]ri[oa]s?|obrigat[oó]ri[oa]s?|exigid[oa]s?)|(?:n\'est|ne sont) pas (?:requis|n[ée]cessaires?|exig[ée]s?)|nicht (?:erforderlich|notwendig|n[öo]tig)|' +
  // German puts the negation after the object: "Flutter oder React Native setzen wir nicht ein", "… nutzen wir nicht".
  '(?:setzen|nutzen|verwenden|benutzen|brauchen) (?:wir|sie) nicht|brauchst du nicht|nicht (?:eingesetzt|genutzt|verwendet|benutzt|ben[öo]tigt)');
const OPTIONAL = word('a plus|nice[- ]to[- ]have|bonus|preferred|advantage|is a plus|optional|familiarity|exposure to|von vorteil|wünschenswert|' +
  'ein plus|pluspunt|se valorar[aá]|valorable|deseable|no excluyente|un plus|appréci[ée]e?|um diferencial|diferencial|desej[aá]vel|ser[aá] um plus');
/** The technology is around the role, not what the team builds with: data sources, integrations, customers' systems. */
const AROUND = word('integrat\\w* with|integrations?|connectors?|ingest\\w* (?:data )?from|data from|sync\\w* (?:data )?(?:from|with)|import\\w* from|' +
  'customers\'?|clients\'?|our customers use|third[- ]party|partners\'?|integraci[oó]n(?:es)? con|datos de|clientes|integra[çc][ãa]o com|dados d[eo]|' +
  'int[ée]gration (?:avec|à)|donn[ée]es (?:de|issues)|Integration (?:mit|in)|Kunden|Daten aus');

/** Clauses of a sentence: a negation or a contrast governs its own clause ("We build in Go; this is not a Python role"). */
const CLAUSE_BREAK = /[;:]\s*|,\s*(?=(?:but|while|whereas|pero|mientras|mas|mais|aber|sondern)\b)|\s(?=(?:but|whereas|pero|mas|mais|aber|sondern)\s)/iu;
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/;

/** How one clause speaks of the term at `at` (its index in the clause). */
function mentionIn(clause: string, at: number, sentence: string): Mention {
  if (RETIRED.test(clause) && !movedTo(clause, at)) return 'negated';
  const before = (PORTUGUESE.test(sentence) ? NOT_BEFORE_PT : NOT_BEFORE).exec(clause);
  if (before && before.index < at) return 'negated';
  const after = NOT_AFTER.exec(clause);
  if (after && after.index > at) return 'negated';
  if (OPTIONAL.test(clause) || (OPTIONAL.test(sentence) && !/required|must|obligatori|exigid|erforderlich|requis/i.test(sentence))) return 'optional';
  const around = AROUND.exec(clause);
  if (around && around.index < at) return 'mentioned';
  return 'required';
}

const RANK: Record<Mention, number> = { required: 3, optional: 2, mentioned: 1, negated: 0 };

/** Every way the text mentions the term, clause by clause ("built in React Native" and "React Native is a plus" both). */
export function mentionsOf(text: string, term: string): Set<Mention> {
  const re = termRe(term);
  const kinds = new Set<Mention>();
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (!re.test(sentence)) continue;
    for (const clause of sentence.split(CLAUSE_BREAK)) {
      const m = re.exec(clause);
      if (m) kinds.add(mentionIn(clause, m.index + m[1]!.length, sentence));
    }
  }
  return kinds;
}

/** The strongest way the text mentions the term (required over optional over mentioned over negated), or null. */
export function mentionOf(text: string, term: string): Mention | null {
  let best: Mention | null = null;
  for (const kind of mentionsOf(text, term)) if (best === null || RANK[kind] > RANK[best]) best = kind;
  return best;
}

/** The first sentence that mentions the term (for explanations), clipped. */
export function sentenceOf(text: string, term: string): string | null {
  const re = termRe(term);
  const s = text.split(SENTENCE_BREAK).find((x) => re.test(x));
  return s ? (s.length > 160 ? `${s.slice(0, 157)}…` : s).trim() : null;
}
