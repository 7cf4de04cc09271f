// The page frame every dashboard page shares: head (our style sheet, htmx, no inline script or style),
// the navigation, the flash message, and small components (times, forms with their CSRF token).
// Hono's JSX escapes every value; nothing here builds HTML from strings.

import type { Child, FC, PropsWithChildren } from 'hono/jsx';
import { utcMinute } from '../../core/text.js';
import { assetUrl } from '../assets.js';
import type { Caller } from '../context.js';
import type { Flash } from '../security.js';
import { CSRF_FIELD } from '../authn.js';

/**
 * htmx's settings: no inline style of its own (the CSP forbids it), no eval, no script from swapped HTML,
 * no copy of private pages in localStorage, and error pages are shown rather than swallowed.
 */
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false, allowEval: false, allowScriptTags: false, historyCacheSize: 0, refreshOnHistoryMiss: true,
  scrollIntoViewOnBoost: false, selfRequestsOnly: true,
  responseHandling: [{ code: '204', swap: false }, { code: '[23]..', swap: true }, { code: '[45]..', swap: true, error: false }],
});

export const NAV = [
  ['/matches', 'Matches'], ['/companies', 'Companies'], ['/problems', 'Problems'], ['/jobs', 'Jobs'], ['/profile', 'Profile'], ['/health', 'Health'], ['/api', 'API'],
] as const;

export interface PageProps {
  title: string;
  path: string;
  caller: Caller | null;
  flash?: Flash | null;
}

export const Page: FC<PropsWithChildren<PageProps>> = ({ title, path, caller, flash, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <meta name="htmx-config" content={HTMX_CONFIG} />
      <title>{`${title} · Scoutly`}</title>
      <link rel="stylesheet" href={assetUrl('style.css')} />
      <link rel="icon" href={assetUrl('icon.svg')} type="image/svg+xml" />
      <script src={assetUrl('htmx.min.js')} defer></script>
    </head>
    <body hx-boost="true">
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href="/matches">Scoutly</a>
        {caller && (
          <nav aria-label="Main">
            <ul>
              {NAV.map(([href, label]) => <li><a href={href} aria-current={path.startsWith(href) ? 'page' : undefined}>{label}</a></li>)}
            </ul>
          </nav>
        )}
        {caller && (
          <PostForm action="/sign-out" caller={caller} class="signout">
            <span class="who">{caller.account.email}{caller.account.isAdmin ? ' (admin)' : ''}</span> <button type="submit" class="link">Sign out</button>
          </PostForm>
        )}
      </header>
      <main id="main" tabindex={-1}>
        <h1>{title}</h1>
        {flash && <p class={`flash ${flash.kind}`} role={flash.kind === 'error' ? 'alert' : 'status'}>{flash.text}</p>}
        {children}
      </main>
    </body>
  </html>
);

/** A POST form with the session's CSRF token. */
export const PostForm: FC<PropsWithChildren<{ action: string; caller: Caller | null; class?: string; multipart?: boolean; label?: string }>> =
  ({ action, caller, children, multipart, label, ...rest }) => (
    <form method="post" action={action} class={rest.class} enctype={multipart ? 'multipart/form-data' : undefined} aria-label={label}>
      {caller?.session && <input type="hidden" name={CSRF_FIELD} value={caller.session.csrf} />}
      {children}
    </form>
  );

/** A time in UTC to the minute; the machine-readable value for screen readers and scripts. */
export const Time: FC<{ ms: number | null | undefined; empty?: string }> = ({ ms, empty }) =>
  ms === null || ms === undefined ? <span class="muted">{empty ?? '—'}</span> : <time datetime={new Date(ms).toISOString()}>{utcMinute(ms)}</time>;

/** A link out to a careers site: only http(s), never with our referrer or a handle on this page. */
export const OutLink: FC<PropsWithChildren<{ href: string }>> = ({ href, children }) =>
  /^https?:\/\//i.test(href) ? <a href={href} rel="noopener noreferrer nofollow" target="_blank">{children}</a> : <span>{children}</span>;

/** A table that may scroll sideways on a phone: focusable, so a keyboard can scroll it too. */
export const Scroll: FC<PropsWithChildren<{ label: string }>> = ({ label, children }) => (
  <div class="scroll" tabindex={0} role="region" aria-label={label}>{children}</div>
);

export const Empty: FC<PropsWithChildren> = ({ children }) => <p class="muted empty">{children}</p>;

/** `<!DOCTYPE html>` and the page. */
export function documentHtml(page: Child): string {
  return `<!DOCTYPE html>${String(page)}`;
}
