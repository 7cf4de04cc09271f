// Saving an analysis twice (a task run again after a crash between the analysis's commit and its outcome's):
// the match keeps the analysis it was saved with, on a real SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { saveAnalysis } from '../../src/analyze/repo.js';
import type { Analysis } from '../../src/analyze/types.js';
import type { Store } from '../../src/db/client.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';

const NOW = Date.UTC(2026, 10, 23, 8);
const good = (score: number): Analysis => ({
  score, verdict: 'good', reasons: ['fits'], concerns: [], analyzer: 'offline', model: null, promptVersion: 'test', flagged: false,
});
let store: Store;
afterEach(() => cleanupTempDirs([store]));

describe('saveAnalysis', () => {
  it('links the match to the analysis already saved when the same one is saved again, whatever was inserted in between', async () => {
    store = await openTestStore();
    const ids = seedMatches(store, 'acme', [{ title: 'Backend Engineer', score: 70 }, { title: 'Data Engineer', score: 75 }], NOW, 'me@example.com');
    const match = (id: number) => store.sqlite.prepare('SELECT s.analysis_id AS analysisId, s.posting_id AS postingId, s.user_id AS userId FROM saved_jobs s WHERE s.id = ?')
      .get(id) as { analysisId: number; postingId: number; userId: number };
    const backend = match(ids['Backend Engineer']!);
    const data = match(ids['Data Engineer']!);
    // The connection's last insert is now the data posting's analysis: the repeated save must not take its id.
    expect(saveAnalysis(store, backend.userId, backend.postingId, 'test:70', good(70), 60, NOW + 1000)).toBe(true);
    expect(match(ids['Backend Engineer']!).analysisId).toBe(backend.analysisId);
    expect(match(ids['Data Engineer']!).analysisId).toBe(data.analysisId);
    expect(store.sqlite.prepare('SELECT COUNT(*) FROM analyses').pluck().get()).toBe(2);
  });
});
