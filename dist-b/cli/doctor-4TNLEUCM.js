import {
  checkChromium,
  checkDatabase,
  checkDigests,
  checkDisk,
  checkFeedDrift,
  checkGemini,
  checkSystemd
} from "./chunk-M2DBNP63.js";
import "./chunk-U5AXCYXE.js";
import "./chunk-JNFEF55E.js";
import "./chunk-DSRBALOT.js";
import "./chunk-JCOXRJQO.js";
import "./chunk-PH4PHHXG.js";
import "./chunk-Z4DH2GGY.js";
import "./chunk-KEIMTC4G.js";
import "./chunk-2SW5SM2N.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  checkChromium,
  checkDatabase,
  checkDigests,
  checkDisk,
  checkFeedDrift,
  checkGemini,
  checkSystemd
};
