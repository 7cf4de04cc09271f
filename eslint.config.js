// The regex linter of `make check`, and nothing else: every pattern in src/ that can meet text from the
// web must run in linear time, whatever the text. Only eslint-plugin-regexp's rules about super-linear
// matching are on (ReDoS); this project has no general lint set, so no style rule belongs here.

import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp },
    rules: {
      // Backtracking that grows with the input inside one match attempt: `(a+)+`, `\s*x?\s*`.
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      // A quantifier retried from every start position (`\d+k` over a long digit run): quadratic in total.
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: true, ignorePartial: false }],
      // Alternatives that overlap under a star: exponential backtracking.
      'regexp/no-dupe-disjunctions': ['error', { report: 'trivial', reportExponentialBacktracking: 'potential', reportUnreachable: 'certain' }],
      // A capturing group whose quantifier trades characters with its neighbour backtracks through both.
      'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
    },
  },
];
