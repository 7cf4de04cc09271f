import {
  DUE_COMPANIES_SQL,
  DUE_WITHOUT_TASK_SQL,
  enqueueDue,
  forceScrape
} from "./chunk-NJD3LYCK.js";
import "./chunk-N5S2ZEWS.js";
import "./chunk-YJ4EJ3TG.js";
import "./chunk-DTIESMB2.js";
import "./chunk-MH5SMUGM.js";
import "./chunk-DUZE2QZ6.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  DUE_COMPANIES_SQL,
  DUE_WITHOUT_TASK_SQL,
  enqueueDue,
  forceScrape
};
