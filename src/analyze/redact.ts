// Removes contact details from a CV before anything leaves the machine. Pure.

// A local part is at most 64 characters (RFC 5321): bounded, a long run without `@` is read once, not from every start.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// International or local phone numbers: 8+ digits with spaces, dots, dashes or brackets between them.
const PHONE = /(?<![\w/])(?:\+|00)?\d[\d\s().-]{6,}\d(?![\w/])/g;
// A street line: a number and a street word in either order (Keizersgracht 1, 221B Baker Street, Hauptstraße 5).
// Words of at most 40 letters before the street word: each capital starts a try, and an unbounded word made
// `A-A-A-…` quadratic (every `-` is a new word start that re-read the rest).
const STREET = /\b(?:\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]{0,40}\s+){0,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Drive|Way|Place|Square)\b|[A-Z][\w'-]{0,40}(?:straße|strasse|gracht|weg|laan|plein|gasse|allee|ring|dijk|kade|straat|street|road|avenue)\s+\d{1,5}[A-Za-z]?\b)/g;
const POSTCODE = /\b\d{4}\s?[A-Z]{2}\b|\b\d{5}\s+[A-Z][a-zäöü]+\b/g;

export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(STREET, '[address]')
    .replace(POSTCODE, '[postcode]')
    .replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 8 ? '[phone]' : m));
}
