// The shape of an analysis, whichever analyzer made it (SPEC "Analysis").

export const VERDICTS = ['strong', 'good', 'weak', 'poor', 'excluded'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Analysis {
  score: number;
  verdict: Verdict;
  reasons: string[];
  concerns: string[];
  analyzer: 'offline' | 'pregate' | 'gemini';
  model: string | null;
  promptVersion: string;
  flagged: boolean;
  /** The rules that fired, with what they read (computed, not stored: `matches explain` computes it again). */
  trace?: RuleFiring[];
}

/** One rule that fired on a posting, with the words of the posting and the profile it read (`scoutly matches explain`). */
export interface RuleFiring {
  rule: string;
  /** `default`: points given because the posting or profile does not say (not shown as a reason). */
  effect: 'excluded' | 'concern' | 'reason' | 'adjusted' | 'default';
  says: string;
  posting?: string;
  profile?: string;
  /** Points it added (or, negative, took away); for a cap, the most the score may be. */
  points?: number;
  cap?: number;
}

/** The posting as analyzers see it: text only, never HTML. */
export interface PostingForAnalysis {
  title: string;
  location: string | null;
  workplaceType: string | null;
  descriptionText: string | null;
}

export function verdictFor(score: number): Verdict {
  if (score >= 75) return 'strong';
  if (score >= 60) return 'good';
  if (score >= 40) return 'weak';
  return 'poor';
}
