#!/usr/bin/env node
// `make demo`: the whole first run against the bundled demo site (see cli/main.ts launchDemo).
import { launchDemo } from './main.js';

await launchDemo();
