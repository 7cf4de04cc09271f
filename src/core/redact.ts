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
