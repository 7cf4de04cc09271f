// The dashboard's commands run as users run them (the built CLI, a real database): passwords from a pipe,
// API tokens, setup links, `scoutly web` by hand and socket-activated through systemd-socket-activate
// (fd 3, exit after the idle time), and the warning when it listens where others can reach it.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_FLAGS, ROOT, SCOUTLY, scoutly, start, testEnv, waitFor, type Running } from '../helpers/cli.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { cleanupTempDirs, tempDbPath } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { Client, PASSWORD } from './helpers.js';

afterAll(() => cleanupTempDirs());

function setPasswordCli(db: string, email: string, password: string) {
  const r = spawnSync(process.execPath, [...NODE_FLAGS, SCOUTLY, 'users', 'set-password', email], { env: testEnv({ SCOUTLY_DB: db }), cwd: ROOT, encoding: 'utf8', input: `${password}\n`, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `scoutly web` on a free port; resolves with its URL once it listens. */
async function webByHand(db: string, args: string[] = ['--listen', '127.0.0.1:0'], env: Record<string, string> = {}): Promise<{ proc: Running; url: string }> {
  const proc = start(SCOUTLY, ['web', ...args], { SCOUTLY_DB: db, ...env });
  const url = await waitFor(() => /dashboard at (http:\/\/\S+)/.exec(proc.stderr())?.[1], 'the dashboard to listen');
  return { proc, url };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('users and their sign-in', () => {
  it('set-password from a pipe, users add --admin, tokens made, listed and revoked; the dashboard accepts what they made', async () => {
    const db = tempDbPath();
    expect(scoutly(['users', 'add', 'me@example.com'], { SCOUTLY_DB: db }).code).toBe(0);
    expect(scoutly(['users', 'add', 'pat@example.com', '--admin'], { SCOUTLY_DB: db }).stdout).toContain('added pat@example.com (admin)');
    const short = setPasswordCli(db, 'me@example.com', 'too short');
    expect(short.code).toBe(64);
    expect(short.stderr).toContain('at least 12 characters');
    expect(setPasswordCli(db, 'nobody@example.com', PASSWORD).code).toBe(64);
    const set = setPasswordCli(db, 'me@example.com', PASSWORD);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('password set for me@example.com');
    expect(set.stdout + set.stderr).not.toContain(PASSWORD);

    const made = scoutly(['users', 'token', 'me@example.com', '--name', 'my script'], { SCOUTLY_DB: db });
    expect(made.code).toBe(0);
    const token = made.stdout.trim().split('\n').pop()!;
    expect(token).toMatch(/^scoutly_[A-Za-z0-9_-]{43}$/);
    const listed = scoutly(['users', 'token', 'me@example.com', '--list'], { SCOUTLY_DB: db }).stdout;
    expect(listed).toMatch(/#1\s+my script/);
    expect(listed).not.toContain(token);

    const { proc, url } = await webByHand(db);
    try {
      const browser = new Client(url);
      expect((await browser.signIn('me@example.com')).headers.get('location')).toBe('/matches');
      const api = new Client(url);
      const me = await api.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toEqual({ id: 1, email: 'me@example.com', isAdmin: true });
      expect(scoutly(['users', 'token', 'me@example.com', '--revoke', '1'], { SCOUTLY_DB: db }).stdout).toContain('revoked token #1');
      expect((await api.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
      expect(scoutly(['users', 'token', 'me@example.com', '--revoke', '1'], { SCOUTLY_DB: db }).code).toBe(64);
      const pat = await (await api.request('/api/v1/me', { headers: { authorization: `Bearer ${scoutly(['users', 'token', 'pat@example.com'], { SCOUTLY_DB: db }).stdout.trim().split('\n').pop()}` } })).json();
      expect(pat).toEqual({ id: 2, email: 'pat@example.com', isAdmin: true });

      // A status set on the command line is in the history the dashboard shows.
      const store = await openStore(db);
      const id = seedMatches(store, 'acme', [{ title: 'Platform Engineer', score: 90 }], Date.now(), 'me@example.com')['Platform Engineer']!;
      closeStore(store);
      expect(scoutly(['matches', 'set', String(id), 'applied', '--note', 'sent the CV'], { SCOUTLY_DB: db }).code).toBe(0);
      const second = scoutly(['users', 'token', 'me@example.com'], { SCOUTLY_DB: db }).stdout.trim().split('\n').pop()!;
      const match = await (await api.request(`/api/v1/matches/${id}`, { headers: { authorization: `Bearer ${second}` } })).json();
      expect(match).toMatchObject({ status: 'applied', note: 'sent the CV', history: [{ status: 'applied', note: 'sent the CV', via: 'cli' }] });
      proc.child.kill('SIGTERM');
      expect((await proc.done).code).toBe(143);
    } finally {
      proc.child.kill('SIGKILL');
    }
  });

  it('web setup-link prints a one-time link to the configured address; it opens the password page once', async () => {
    const db = tempDbPath();
    scoutly(['users', 'add', 'me@example.com'], { SCOUTLY_DB: db });
    expect(scoutly(['web', 'setup-link', 'nobody@example.com'], { SCOUTLY_DB: db }).code).toBe(64);
    const { proc, url } = await webByHand(db);
    try {
      const out = scoutly(['web', 'setup-link', 'me@example.com'], { SCOUTLY_DB: db, SCOUTLY_WEB_URL: url });
      expect(out.code).toBe(0);
      expect(out.stderr).toContain('valid 15 minutes');
      const link = out.stdout.trim();
      expect(link.startsWith(`${url}/setup/`)).toBe(true);
      const page = await new Client(url).request(link);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Choose the password for <strong>me@example.com</strong>');
      const browser = new Client(url);
      const chosen = await browser.request(link, { form: { password: PASSWORD, again: PASSWORD } });
      expect(chosen.headers.get('location')).toBe('/matches');
      expect((await browser.request('/matches')).status).toBe(200);
      expect((await new Client(url).request(link)).status).toBe(404);
      proc.child.kill('SIGINT');
      expect((await proc.done).code).toBe(130);
    } finally {
      proc.child.kill('SIGKILL');
    }
  });
});

describe('scoutly web', () => {
  it('refuses a malformed --listen, and warns when it listens where other machines reach it without HTTPS', async () => {
    const db = tempDbPath();
    const bad = scoutly(['web', '--listen', 'localhost'], { SCOUTLY_DB: db });
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('--listen takes ADDRESS:PORT');
    expect(scoutly(['web'], { SCOUTLY_DB: db, SCOUTLY_WEB_LISTEN: 'nowhere' }).stderr).toContain('SCOUTLY_WEB_LISTEN must be ADDRESS:PORT');

    const open = await webByHand(db, ['--listen', '0.0.0.0:0']);
    open.proc.child.kill('SIGTERM');
    const { stderr } = await open.proc.done;
    expect(stderr).toMatch(/WARN .*listens on 0\.0\.0\.0, reachable from other machines, without HTTPS: passwords and session cookies cross the network in clear text/);

    const behindProxy = await webByHand(db, ['--listen', '0.0.0.0:0'], { SCOUTLY_WEB_TRUSTED_PROXIES: '127.0.0.1' });
    behindProxy.proc.child.kill('SIGTERM');
    expect((await behindProxy.proc.done).stderr).not.toContain('clear text');

    const loopback = await webByHand(db);
    loopback.proc.child.kill('SIGTERM');
    expect((await loopback.proc.done).stderr).not.toContain('clear text');
  });

  it('socket-activated: takes the socket on fd 3, serves the first request, and exits by itself after the idle time', async () => {
    const db = tempDbPath();
    const port = await freePort();
    const env = testEnv({ SCOUTLY_DB: db, SCOUTLY_WEB_IDLE: '2s' });
    const activator = spawn('systemd-socket-activate', ['-l', `127.0.0.1:${port}`, ...Object.entries(env).flatMap(([k, v]) => ['-E', `${k}=${v}`]),
      process.execPath, ...NODE_FLAGS, SCOUTLY, 'web', '--listen', '127.0.0.1:1'], { env, cwd: ROOT });
    let stderr = '';
    activator.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => activator.on('close', (code) => resolve(code)));
    try {
      await waitFor(() => stderr.includes('Listening on'), 'systemd-socket-activate to listen');
      // Nothing runs Scoutly yet: the first connection starts it (the activator execs it with the socket).
      expect(stderr).not.toContain('dashboard');
      const res = await fetch(`http://127.0.0.1:${port}/sign-in`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('Sign in');
      expect(stderr).toContain('dashboard on the socket systemd passed');
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/no request for 2s: exiting/);
    } finally {
      activator.kill('SIGKILL');
    }
  });
});
