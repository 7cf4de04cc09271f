// `scoutly notify` through the built CLI: preview, test message, sending on demand, and the tick lease.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeStore } from '../../src/db/client.js';
import { acquireLease, currentIdentity, releaseLease } from '../../src/tick/lease.js';
import { scoutlyAsync as scoutly } from '../helpers/cli.js';
import { cleanupTempDirs, openTestStore, tempDbPath } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';

let ntfy: TestServer;
let env: Record<string, string>;

beforeAll(async () => {
  ntfy = await serve((_req, res) => json(res, { id: 'x' }));
  env = { SCOUTLY_DB: tempDbPath(), SCOUTLY_NOTIFY_URL: `${ntfy.url}/jobs-topic`, SCOUTLY_NOTIFY_KIND: 'ntfy' };
  const store = await openTestStore(env.SCOUTLY_DB);
  seedMatches(store, 'acme', [{ title: 'Platform Engineer', score: 84, reasons: ['Kubernetes'] }], Date.now());
  closeStore(store);
});
afterAll(async () => {
  await ntfy.close();
  cleanupTempDirs();
});

const digestRows = async () => {
  const store = await openTestStore(env.SCOUTLY_DB);
  try {
    return store.sqlite.prepare('SELECT channel, status FROM digests').all();
  } finally {
    closeStore(store);
  }
};

describe('scoutly notify', () => {
  it('needs a channel, and one mode at a time', async () => {
    const none = await scoutly(['notify'], { SCOUTLY_DB: env.SCOUTLY_DB! });
    expect(none.code).toBe(78);
    expect(none.stderr).toContain('SCOUTLY_NOTIFY_URL is not set (nor SCOUTLY_SMTP_URL)');
    expect((await scoutly(['notify', '--dry-run', '--test'], env)).code).toBe(64);
  });

  it('previews the pending digest without sending or recording it', async () => {
    const r = await scoutly(['notify', '--dry-run'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ntfy \(127\.0\.0\.1:\d+\): Scoutly: new match 84: Platform Engineer at acme$/m);
    expect(r.stdout).toContain('  + Kubernetes');
    expect(ntfy.requests).toHaveLength(0);
    expect(await digestRows()).toEqual([]);
  });

  it('sends a test message through the real channel and records nothing', async () => {
    const r = await scoutly(['notify', '--test'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/accepted the test message/);
    expect(ntfy.requests).toHaveLength(1);
    expect(JSON.parse(ntfy.requests[0]!.body)).toMatchObject({ topic: 'jobs-topic', title: 'Scoutly: test message', priority: 3 });
    expect(await digestRows()).toEqual([]);
  });

  it('waits for a running tick, then sends the pending digest once', async () => {
    const store = await openTestStore(env.SCOUTLY_DB);
    const me = currentIdentity();
    expect(acquireLease(store, me, Date.now(), 60_000).acquired).toBe(true); // this live process holds the lease
    try {
      const held = await scoutly(['notify'], env);
      expect(held.code).toBe(75);
      expect(ntfy.requests).toHaveLength(1);
    } finally {
      releaseLease(store, me.owner);
      closeStore(store);
    }
    const sent = await scoutly(['notify'], env);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/sent 1 new match\(es\), 0 closed, 0 warning\(s\)/);
    expect(ntfy.requests).toHaveLength(2);
    expect((await scoutly(['notify'], env)).stdout).toMatch(/nothing new/);
    expect(ntfy.requests).toHaveLength(2);
    expect(await digestRows()).toEqual([{ channel: 'ntfy', status: 'sent' }]);
  });
});
