// The one table of sources besides the careers page itself, cheapest first. Adding a source is writing a
// FeedSource module (see types.ts) and listing it here; detection, filters and the tick pick it up.

import type { FeedKind, FeedSource } from './types.js';
import { ashbySource } from './ats/ashby.js';
import { breezySource } from './ats/breezy.js';
import { comeetSource } from './ats/comeet.js';
import { eightfoldSource } from './ats/eightfold.js';
import { greenhouseSource } from './ats/greenhouse.js';
import { leverSource } from './ats/lever.js';
import { notionSource } from './ats/notion.js';
import { oracleSource } from './ats/oracle.js';
import { personioSource } from './ats/personio.js';
import { recruiteeSource } from './ats/recruitee.js';
import { smartRecruitersSource } from './ats/smartrecruiters.js';
import { softgardenSource } from './ats/softgarden.js';
import { workableSource } from './ats/workable.js';
import { workdaySource } from './ats/workday.js';
import { ripplingSource } from './ats/rippling.js';
import { bambooHrSource } from './ats/bamboohr.js';
import { teamtailorSource } from './ats/teamtailor.js';
import { jobviteSource } from './ats/jobvite.js';
import { icimsSource } from './ats/icims.js';
import { pinpointSource } from './ats/pinpoint.js';
import { doverSource } from './ats/dover.js';
import { joinSource } from './ats/join.js';
import { jazzhrSource } from './ats/jazzhr.js';
import { paylocitySource } from './ats/paylocity.js';
import { successFactorsSource } from './ats/successfactors.js';

export const FEED_SOURCES: readonly FeedSource[] = [
  greenhouseSource, leverSource, ashbySource, workableSource, recruiteeSource, smartRecruitersSource, breezySource, personioSource,
  workdaySource, eightfoldSource,
  ripplingSource,
  bambooHrSource,
  teamtailorSource,
  jobviteSource,
  icimsSource,
  pinpointSource,
  softgardenSource,
  comeetSource,
  oracleSource,
  notionSource,
  doverSource,
  joinSource,
  jazzhrSource,
  paylocitySource,
  successFactorsSource,
];

const BY_KIND = new Map<string, FeedSource>(FEED_SOURCES.map((s) => [s.kind, s]));

export function feedSource(kind: string): FeedSource | null {
  return BY_KIND.get(kind) ?? null;
}

export const FEED_KINDS: readonly FeedKind[] = FEED_SOURCES.map((s) => s.kind);
