// The pages outside the signed-in area: sign in, choose a password from a setup link, confirm a
// digest's action; and the friendly error page every failure of a page shows.

import type { FC } from 'hono/jsx';
import { MIN_PASSWORD_LENGTH } from '../../auth/password.js';
import { STATUS_WORDS } from '../../matches/states.js';
import type { ApplicationStatus } from '../../db/enums.js';
import type { MatchDetail } from '../../matches/repo.js';
import type { Caller } from '../context.js';
import { PostForm } from './layout.js';

export const SignInPage: FC<{ email: string; next: string }> = ({ email, next }) => (
  <form method="post" action="/sign-in" class="stack narrow" aria-label="Sign in">
    <input type="hidden" name="next" value={next} />
    <label for="email">E-mail address</label>
    <input id="email" type="email" name="email" autocomplete="username" required value={email} />
    <label for="password">Password</label>
    <input id="password" type="password" name="password" autocomplete="current-password" required />
    <button type="submit">Sign in</button>
    <p class="muted">No password yet? On the machine running Scoutly: <code>scoutly users set-password EMAIL</code>, or
      {' '}<code>scoutly web setup-link EMAIL</code> for a one-time link.</p>
  </form>
);

export const SetupPage: FC<{ email: string | null; token: string; caller: Caller | null }> = ({ email, token, caller }) =>
  email === null ? (
    <p>This setup link is unknown, already used or expired (links last 15 minutes). Ask for a new one on the machine running Scoutly:
      {' '}<code>scoutly web setup-link EMAIL</code>.</p>
  ) : (
    <PostForm action={`/setup/${encodeURIComponent(token)}`} caller={caller} class="stack narrow" label="Choose a password">
      <p>Choose the password for <strong>{email}</strong>. At least {MIN_PASSWORD_LENGTH} characters; a few words make a good one.</p>
      <input type="email" name="email" autocomplete="username" value={email} hidden readonly tabindex={-1} />
      <label for="password">New password</label>
      <input id="password" type="password" name="password" autocomplete="new-password" minlength={MIN_PASSWORD_LENGTH} required />
      <label for="again">The same again</label>
      <input id="again" type="password" name="again" autocomplete="new-password" minlength={MIN_PASSWORD_LENGTH} required />
      <button type="submit">Set password and sign in</button>
    </PostForm>
  );

export const ActionPage: FC<{ token: string; match: MatchDetail; status: ApplicationStatus; caller: Caller | null }> = ({ token, match, status, caller }) => (
  <PostForm action={`/act/${encodeURIComponent(token)}`} caller={caller} class="stack narrow" label="Confirm">
    <p>Mark <strong>{match.title}</strong> at {match.company} as <strong>{STATUS_WORDS[status]}</strong>?</p>
    <button type="submit">Yes, {STATUS_WORDS[status]}</button>
    <p><a href="/matches">No, open my matches</a></p>
  </PostForm>
);

export const ErrorPanel: FC<{ status: number; detail: string; errors: { field: string; message: string }[] }> = ({ status, detail, errors }) => (
  <div class="error-panel">
    <p>{detail}</p>
    {errors.length > 1 ? <ul>{errors.map((e) => <li><strong>{e.field}</strong>: {e.message}</li>)}</ul> : null}
    <p>{status === 401 ? <a href="/sign-in">Sign in</a> : <a href="/matches">Back to your matches</a>}</p>
  </div>
);
