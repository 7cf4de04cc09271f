import {
  writeFileAtomically
} from "./chunk-VVIXCDHZ.js";
import "./chunk-4VNS5WPM.js";
export {
  writeFileAtomically
};
