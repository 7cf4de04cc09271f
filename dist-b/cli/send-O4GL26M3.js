import {
  pendingDigests,
  sendDigests,
  sendTestMessages
} from "./chunk-4JMVNUGI.js";
import "./chunk-5MJBCDRW.js";
import "./chunk-OBJW6WYT.js";
import "./chunk-MH5SMUGM.js";
import "./chunk-PH4PHHXG.js";
import "./chunk-Z4DH2GGY.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  pendingDigests,
  sendDigests,
  sendTestMessages
};
