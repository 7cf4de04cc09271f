// dist/db/enums.js
var TASK_KINDS = ["scrape_company", "analyze_postings"];
var TASK_STATUSES = ["pending", "running", "succeeded", "failed", "dead"];
var WORK_MODELS = ["FULLY_REMOTE", "HYBRID", "ON_SITE"];
var RENDER_MODES = ["static", "browser", "auto"];
var APPLICATION_STATUSES = [
  "want_to_apply",
  "pending_application",
  "applied",
  "interview_scheduled",
  "technical_assessment",
  "rejected",
  "offer_received",
  "offer_accepted",
  "offer_declined",
  "stale",
  "discarded"
];

export {
  TASK_KINDS,
  TASK_STATUSES,
  WORK_MODELS,
  RENDER_MODES,
  APPLICATION_STATUSES
};
