import {
  CHROMIUM_ARGS,
  DISK_CACHE_BYTES,
  chromiumFolder,
  launchBrowser
} from "./chunk-JNFEF55E.js";
import "./chunk-DSRBALOT.js";
import "./chunk-JCOXRJQO.js";
import "./chunk-KEIMTC4G.js";
import "./chunk-2SW5SM2N.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  CHROMIUM_ARGS,
  DISK_CACHE_BYTES,
  chromiumFolder,
  launchBrowser
};
