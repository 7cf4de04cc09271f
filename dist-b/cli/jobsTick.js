#!/usr/bin/env node
import {
  launch
} from "./chunk-UTBOGXFH.js";
import "./chunk-WXL342YX.js";
import "./chunk-6OODP5DD.js";
import "./chunk-KCNM2TMU.js";
import "./chunk-P3GHZZT5.js";
import "./chunk-6E6L26PG.js";
import "./chunk-YUKE3DZL.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";

// dist/cli/jobsTick.js
await launch(["tick"]);
