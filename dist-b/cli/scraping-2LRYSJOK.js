import {
  scrapeOnce,
  scrapeServices
} from "./chunk-LLDQMLA2.js";
import "./chunk-DSRBALOT.js";
import "./chunk-JCOXRJQO.js";
import "./chunk-P7GC33KY.js";
import "./chunk-RHQ6R7RZ.js";
import "./chunk-BMFWJ45U.js";
import "./chunk-TOKAQMRD.js";
import "./chunk-KEIMTC4G.js";
import "./chunk-2SW5SM2N.js";
import "./chunk-HSXQT5O5.js";
import "./chunk-YABR2AWV.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  scrapeOnce,
  scrapeServices
};
