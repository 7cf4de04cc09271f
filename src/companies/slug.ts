// What a company slug may be, and the words that say so: shared by the seed format and the dashboard's
// forms, which must not load the seed parser (csv-parse) to check one.

export const SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const SLUG_RULE = 'must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit';
