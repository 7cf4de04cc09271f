// dist/companies/slug.js
var SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var SLUG_RULE = 'must be 1\u2013100 letters, digits, ".", "_" or "-", starting with a letter or digit';

export {
  SLUG_PATTERN,
  SLUG_RULE
};
