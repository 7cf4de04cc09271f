// dist/core/redact.js
var URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi;
var GOOGLE_API_KEY = /AIza[0-9A-Za-z_-]{20,}/g;
var SECRET_QUERY = /([?&](?:key|api_key|apikey|token|access_token|password|secret)=)[^&\s#"']+/gi;
function redactSecrets(text, knownSecrets = []) {
  let out = text.replace(URL_CREDENTIALS, "$1***@").replace(GOOGLE_API_KEY, "***").replace(SECRET_QUERY, "$1***");
  for (const secret of knownSecrets) {
    if (secret.length >= 6)
      out = out.split(secret).join("***");
  }
  return out;
}
function urlSecrets(text) {
  if (!text)
    return [];
  let url;
  try {
    url = new URL(text);
  } catch {
    return [text];
  }
  const out = /* @__PURE__ */ new Set([text]);
  const decode = (v) => {
    try {
      return decodeURIComponent(v);
    } catch {
      return v;
    }
  };
  for (const part of [url.username, url.password])
    if (part)
      out.add(part).add(decode(part));
  if (url.username || url.password) {
    const basic = Buffer.from(`${decode(url.username)}:${decode(url.password)}`).toString("base64");
    out.add(basic);
  }
  const segments = url.pathname.split("/").filter(Boolean).map(decode);
  const tokenLike = (v) => v.length >= 8 && /\d/.test(v) && /[A-Za-z]/.test(v) || v.length >= 16;
  for (const seg of segments)
    if (tokenLike(seg))
      out.add(seg);
  for (const [, value] of url.searchParams)
    if (tokenLike(value))
      out.add(value);
  return [...out];
}

export {
  redactSecrets,
  urlSecrets
};
