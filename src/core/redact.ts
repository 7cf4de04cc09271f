// Scrubs secrets from any text before it reaches a log line, the database or an error message.
// Pure. Callers may register the live secret values (the Gemini key) so they are masked verbatim too.

const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi;
const GOOGLE_API_KEY = /AIza[0-9A-Za-z_-]{20,}/g;
const SECRET_QUERY = /([?&](?:key|api_key|apikey|token|access_token|password|secret)=)[^&\s#"']+/gi;

export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let out = text.replace(URL_CREDENTIALS, '$1***@').replace(GOOGLE_API_KEY, '***').replace(SECRET_QUERY, '$1***');
  for (const secret of knownSecrets) {
    if (secret.length >= 6) out = out.split(secret).join('***');
  }
  return out;
}

/**
 * Every part of a channel URL that can be a secret: the whole URL, its user and password (raw and decoded),
 * the Basic credentials a client derives from them, path segments and query values that look like tokens
 * (8+ characters with letters and digits, or 16+ of any kind: Slack's and Discord's path tokens, ntfy topics).
 */
export function urlSecrets(text: string | null | undefined): string[] {
  if (!text) return [];
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [text];
  }
  const out = new Set<string>([text]);
  const decode = (v: string) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  };
  for (const part of [url.username, url.password]) if (part) out.add(part).add(decode(part));
  if (url.username || url.password) {
    const basic = Buffer.from(`${decode(url.username)}:${decode(url.password)}`).toString('base64');
    out.add(basic);
  }
  const segments = url.pathname.split('/').filter(Boolean).map(decode);
  const tokenLike = (v: string) => (v.length >= 8 && /\d/.test(v) && /[A-Za-z]/.test(v)) || v.length >= 16;
  for (const seg of segments) if (tokenLike(seg)) out.add(seg);
  for (const [, value] of url.searchParams) if (tokenLike(value)) out.add(value);
  return [...out];
}
