#!/usr/bin/env node
// The `scoutly` executable.
import { launch } from './main.js';

await launch([]);
