import {
  REPORT_DAYS,
  gatherReport
} from "./chunk-HVCFYUSW.js";
import "./chunk-RF3DKUWY.js";
import "./chunk-U5AXCYXE.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-TNVQQQLA.js";
import "./chunk-ABQ3YUBT.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  REPORT_DAYS,
  gatherReport
};
