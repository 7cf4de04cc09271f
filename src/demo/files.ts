// Where the demo's files (the careers site, the CV, the profile) are: src/demo/ in the repository.
// Computed here, two folders below the repository like every dist/<folder>/ file and bundle chunk.
import { fileURLToPath } from 'node:url';

export const demoFile = (name: string): string => fileURLToPath(new URL(`../../src/demo/${name}`, import.meta.url));
