// The socket-activated service's idle exit: it waits for the requests in flight, then exits when none
// came for the idle time (kept-alive browser connections do not hold it).
import { describe, expect, it } from 'vitest';
import { startWebServer } from '../../src/web/server.js';

describe('the idle exit', () => {
  it('does not stop while a request is in flight, and stops once it is answered and the idle time passed', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = await startWebServer(async (req: Request) => {
      if (new URL(req.url).pathname === '/slow') await gate;
      return new Response('ok');
    }, { host: '127.0.0.1', port: 0 }, 300);
    let stopped = false;
    void server.closed.then(() => (stopped = true));
    const slow = fetch(`${server.url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // five idle periods, the request still open
    expect(stopped).toBe(false);
    release();
    expect(await (await slow).text()).toBe('ok');
    // The answered request's connection stays open (keep-alive): the idle stop closes it.
    expect(await server.closed).toBe('idle');
  });

  it('without an idle time (by hand) it runs until closed', async () => {
    const server = await startWebServer(() => new Response('ok'), { host: '127.0.0.1', port: 0 }, null);
    expect(await (await fetch(server.url)).text()).toBe('ok');
    await server.close();
    expect(await server.closed).toBe('closed');
  });
});
