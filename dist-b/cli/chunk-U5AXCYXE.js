// dist/notify/digestLog.js
function latestDigests(store) {
  const rows = store.sqlite.prepare(`SELECT d.id, d.run_id AS runId, d.channel, d.status, d.created_at AS createdAt, d.matches, d.closed, d.warnings, d.error,
        (SELECT MAX(s.created_at) FROM digests s WHERE s.channel = d.channel AND s.status = 'sent') AS lastSentAt
      FROM digests d WHERE d.id = (SELECT MAX(x.id) FROM digests x WHERE x.channel = d.channel) ORDER BY d.channel`).all();
  return rows.map(({ lastSentAt, ...last }) => ({ channel: last.channel, last, lastSentAt }));
}

export {
  latestDigests
};
