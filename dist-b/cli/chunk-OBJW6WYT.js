// dist/auth/tokens.js
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var newToken = () => randomBytes(32).toString("base64url");
var tokenHash = (token) => createHash("sha256").update(token).digest("base64url");
var derived = (secret, purpose) => createHmac("sha256", secret).update(purpose).digest("base64url");
function sameSecret(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export {
  newToken,
  tokenHash,
  derived,
  sameSecret
};
