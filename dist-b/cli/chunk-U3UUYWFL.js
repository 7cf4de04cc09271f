// dist/analyze/redact.js
var EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
var PHONE = /(?<![\w/])(?:\+|00)?\d[\d\s().-]{6,}\d(?![\w/])/g;
var STREET = /\b(?:\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]{0,40}\s+){0,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Drive|Way|Place|Square)\b|[A-Z][\w'-]{0,40}(?:straße|strasse|gracht|weg|laan|plein|gasse|allee|ring|dijk|kade|straat|street|road|avenue)\s+\d{1,5}[A-Za-z]?\b)/g;
var POSTCODE = /\b\d{4}\s?[A-Z]{2}\b|\b\d{5}\s+[A-Z][a-zäöü]+\b/g;
function redactPersonalData(text) {
  return text.replace(EMAIL, "[email]").replace(STREET, "[address]").replace(POSTCODE, "[postcode]").replace(PHONE, (m) => m.replace(/\D/g, "").length >= 8 ? "[phone]" : m);
}

export {
  redactPersonalData
};
