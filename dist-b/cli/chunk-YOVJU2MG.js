// dist/analyze/types.js
function verdictFor(score) {
  if (score >= 75)
    return "strong";
  if (score >= 60)
    return "good";
  if (score >= 40)
    return "weak";
  return "poor";
}

export {
  verdictFor
};
