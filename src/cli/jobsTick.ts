#!/usr/bin/env node
// The `jobs-tick` executable: `scoutly tick` under the name the systemd unit and users type.
import { launch } from './main.js';

await launch(['tick']);
