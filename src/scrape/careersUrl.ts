// The shape rule for a careers URL (SPEC "Sources and postings"): http/https, a host, no credentials.
// Pure. Address checks (private, loopback) happen at fetch time, where DNS answers are known.

/** Returns null when the URL is acceptable, else what is wrong with it. */
export function checkCareersUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute http or https URL, e.g. https://example.com/careers';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `must use http or https, not ${url.protocol.replace(':', '')}`;
  if (url.username || url.password) return 'must not contain credentials (user:password@)';
  if (!url.hostname) return 'must name a host';
  if (text.length > 2000) return 'must be at most 2000 characters long';
  return null;
}
