import {
  PartialDelivery,
  SEND_TIMEOUT_MS,
  configuredSenders,
  ntfyTarget
} from "./chunk-PH4PHHXG.js";
import "./chunk-Z4DH2GGY.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  PartialDelivery,
  SEND_TIMEOUT_MS,
  configuredSenders,
  ntfyTarget
};
