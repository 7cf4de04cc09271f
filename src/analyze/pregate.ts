// The deterministic pre-gate before any scoring: excluded titles, role types and technologies, an
// on-site role for someone who wants remote work, a required language the candidate lacks. Pure.

import type { CandidateProfile, LanguageLevel } from './profile.js';
import type { PostingForAnalysis } from './types.js';

const LANGUAGES = ['English', 'German', 'French', 'Dutch', 'Spanish', 'Italian', 'Portuguese', 'Polish', 'Swedish', 'Danish',
  'Norwegian', 'Finnish', 'Japanese', 'Chinese', 'Mandarin', 'Korean', 'Czech', 'Hebrew', 'Turkish', 'Russian'];
const LEVEL_ORDER: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (text: string, word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(word)}($|[^\\p{L}\\p{N}])`, 'iu').test(text);

/** Languages the posting says are required (fluent, native, business level, mandatory). */
export function requiredLanguages(text: string): string[] {
  return LANGUAGES.filter((l) =>
    new RegExp(`(fluent|native|business[- ]level|excellent|proficien(t|cy))\\s+(in\\s+|command of\\s+)?(\\p{L}+\\s+(and|or|&)\\s+)?${l}\\b|\\b${l}\\s+(is\\s+)?(required|mandatory|a must)|\\b(fluent|native)\\s+${l}`, 'iu').test(text));
}

/** Null when the posting passes, else why it is excluded. */
export function preGate(posting: PostingForAnalysis, profile: CandidateProfile): string | null {
  const text = `${posting.title}\n${posting.descriptionText ?? ''}`;
  const ex = profile.preferences.exclusions;
  for (const word of [...ex.titles, ...ex.roleTypes]) {
    if (mentions(posting.title, word)) return `the title matches your exclusion "${word}"`;
  }
  for (const tech of ex.technologies) if (mentions(text, tech)) return `it involves ${tech}, which you excluded`;
  for (const industry of ex.industries) if (mentions(text, industry)) return `it is in ${industry}, which you excluded`;
  const wanted = profile.preferences.workEnvironments;
  if (wanted && wanted.length && !wanted.includes('onsite') && /^on[- ]?site$/i.test(posting.workplaceType ?? '')) {
    return `it is on-site; you want ${wanted.join(' or ')} work`;
  }
  for (const language of requiredLanguages(text)) {
    const own = profile.languages.find((l) => l.language.toLowerCase() === language.toLowerCase());
    if (!own || LEVEL_ORDER.indexOf(own.level) < LEVEL_ORDER.indexOf('B2')) return `it requires ${language}, which your profile does not list at B2 or above`;
  }
  return null;
}
