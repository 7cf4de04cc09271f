// Reading test/fixtures/ats files for the farm's vendor routes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixtureText = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/ats/${name}`, import.meta.url)), 'utf8');
export const fixtureJson = <T>(name: string) => JSON.parse(fixtureText(name)) as T;
