import {
  buildQueue,
  buildTickDeps,
  defaultKinds
} from "./chunk-TVCRKTQP.js";
import "./chunk-S6Y3NS4L.js";
import "./chunk-S7OV26WK.js";
import "./chunk-YJ4EJ3TG.js";
import "./chunk-DTIESMB2.js";
import "./chunk-MH5SMUGM.js";
import "./chunk-YUKE3DZL.js";
import "./chunk-IERKD2WH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-ICS75TSL.js";
import "./chunk-35NU2TMZ.js";
import "./chunk-4VNS5WPM.js";
export {
  buildQueue,
  buildTickDeps,
  defaultKinds
};
