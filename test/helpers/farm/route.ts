// What the stand-in farm's vendor routes share: the route's shape and the fixtures under test/fixtures/ats.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One vendor's routes (test/helpers/farm/<vendor>.ts): answers and returns true when the request is its own. */
export type FarmRoute = (req: IncomingMessage, res: ServerResponse, url: URL, body: string) => boolean;

export const atsFixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/ats/${name}`, import.meta.url)), 'utf8');
export const fixtureJson = <T>(name: string) => JSON.parse(atsFixture(name)) as T;

/** The farm's own origin as the client reached it, for redirects that stay on the farm. */
export const farmOrigin = (req: IncomingMessage) => `http://${req.headers.host}`;
