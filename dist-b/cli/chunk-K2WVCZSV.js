// dist/report/errorWords.js
var WORDS = {
  timeout: "the page or feed did not answer in time",
  http_4xx: "the site refused the request (the address may have moved or gone)",
  http_5xx: "the site had a server error",
  blocked: "a bot wall stopped the visit (Cloudflare or similar)",
  invalid_url: "the careers URL is not one Scoutly may visit",
  network: "the site could not be reached",
  extraction_drift: "the page suddenly showed no postings where there were some (its layout may have changed)",
  invalid_selector: "the company's CSS selector is not valid",
  redirect_loop: "the page redirects in a loop",
  rate_limited: "the site asked us to slow down",
  quota: "the Gemini quota is spent for now",
  model_output: "the model's answer could not be read",
  auth: "a key or token was refused",
  internal: "an internal error (a bug)",
  invalid_payload: "the task was malformed",
  no_handler: "no handler knows this task",
  interrupted: "the tick stopped before it finished",
  crashed: "the tick ended abruptly (a crash or a kill)",
  database: "the database could not be written"
};
function errorKindWords(kind) {
  if (!kind)
    return "no error recorded";
  return WORDS[kind] ?? kind.replace(/_/g, " ");
}

export {
  errorKindWords
};
