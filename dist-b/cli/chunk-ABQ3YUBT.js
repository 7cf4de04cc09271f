// dist/core/quotaDay.js
var pacificDay = null;
function quotaDay(nowMs) {
  pacificDay ??= new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles", year: "numeric", month: "2-digit", day: "2-digit" });
  return pacificDay.format(new Date(nowMs));
}

export {
  quotaDay
};
