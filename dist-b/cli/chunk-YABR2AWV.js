// dist/scrape/careersUrl.js
function checkCareersUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "must be an absolute http or https URL, e.g. https://example.com/careers";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `must use http or https, not ${url.protocol.replace(":", "")}`;
  if (url.username || url.password)
    return "must not contain credentials (user:password@)";
  if (!url.hostname)
    return "must name a host";
  if (text.length > 2e3)
    return "must be at most 2000 characters long";
  return null;
}

export {
  checkCareersUrl
};
