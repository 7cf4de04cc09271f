import {
  OFFLINE_VERSION,
  analyzeOffline
} from "./chunk-WVQP2PLF.js";
import "./chunk-VUYDP6U2.js";
import "./chunk-7EI2NUQR.js";
import {
  yieldTurn
} from "./chunk-YUKE3DZL.js";
import "./chunk-YOVJU2MG.js";
import "./chunk-VHVHADGL.js";
import "./chunk-T6BXHNBH.js";
import "./chunk-YU7T37VA.js";
import "./chunk-SJIXDJEM.js";
import "./chunk-4VNS5WPM.js";

// dist/analyze/analyzer.js
var offlineAnalyzer = {
  name: "offline",
  model: null,
  version: OFFLINE_VERSION,
  batchSize: null,
  analyze: async (postings, profile, _cvText, sink, signal) => {
    for (const p of postings) {
      await yieldTurn(signal);
      sink.scored(p.localId, analyzeOffline(p, profile));
    }
    return { requests: 0 };
  }
};
export {
  offlineAnalyzer
};
