// The digest log as `status`, doctor, the metrics and the dashboard read it: the newest digest per channel.
// Apart from notify/repo.ts, which builds digests, so that reading the log loads none of that.

import type { Store } from '../db/client.js';
import type { DigestChannel, DigestStatus } from '../db/enums.js';

export interface DigestLogRow {
  id: number;
  runId: number | null;
  channel: DigestChannel;
  status: DigestStatus;
  createdAt: number;
  matches: number;
  closed: number;
  warnings: number;
  error: string | null;
}

/** The newest digest per channel, and the newest sent one, for `status` and the report. */
export function latestDigests(store: Store): { channel: DigestChannel; last: DigestLogRow; lastSentAt: number | null }[] {
  const rows = store.sqlite.prepare(`SELECT d.id, d.run_id AS runId, d.channel, d.status, d.created_at AS createdAt, d.matches, d.closed, d.warnings, d.error,
        (SELECT MAX(s.created_at) FROM digests s WHERE s.channel = d.channel AND s.status = 'sent') AS lastSentAt
      FROM digests d WHERE d.id = (SELECT MAX(x.id) FROM digests x WHERE x.channel = d.channel) ORDER BY d.channel`).all() as
    (DigestLogRow & { lastSentAt: number | null })[];
  return rows.map(({ lastSentAt, ...last }) => ({ channel: last.channel, last, lastSentAt }));
}
