// The repost rules on their own: role keys, text similarity and its thresholds, material changes, the choice of predecessor.
import { describe, expect, it } from 'vitest';
import { roleKey } from '../../src/core/text.js';
import { findPredecessor, materialChanges, MATERIAL_SIMILARITY, REPOST_SIMILARITY, REPOST_TEXT_CHARS, textSimilarity, type RepostCandidate } from '../../src/postings/repost.js';

const advert = Array.from({ length: 400 }, (_, i) => `word${i % 97} term${i}`).join(' ');
const side = (over: Partial<RepostCandidate> = {}): RepostCandidate => ({
  id: 1, rootId: 1, closedAt: 1000, title: 'Senior Engineer', location: 'Berlin', workplaceType: 'hybrid', compensation: null, descriptionText: advert, ...over,
});

describe('roleKey', () => {
  it('ignores case, accents, punctuation and gender notes, not the level', () => {
    expect(roleKey('Senior Software Engineer (m/w/d)')).toBe(roleKey('senior software-engineer'));
    expect(roleKey('Développeur Back-end (F/H)')).toBe(roleKey('developpeur back end'));
    expect(roleKey('Engineer (all genders)')).toBe('engineer');
    expect(roleKey('Senior Engineer')).not.toBe(roleKey('Staff Engineer'));
    expect(roleKey('C++ Developer')).not.toBe(roleKey('C# Developer'));
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same text, high for a few edits, low for another advert, and reads a bounded prefix', () => {
    expect(textSimilarity(advert, advert)).toBe(1);
    const edited = advert.replace('term10 ', 'termX ').replace('term200 ', 'termY ');
    expect(textSimilarity(advert, edited)).toBeGreaterThanOrEqual(MATERIAL_SIMILARITY);
    const rewritten = advert.split(' ').map((w, i) => (i % 4 === 0 ? `new${i}` : w)).join(' ');
    expect(textSimilarity(advert, rewritten)).toBeLessThan(MATERIAL_SIMILARITY);
    expect(textSimilarity(advert, 'We build payments in Go and Kafka')).toBeLessThan(REPOST_SIMILARITY);
    expect(textSimilarity(null, '')).toBe(1);
    expect(textSimilarity('x'.repeat(REPOST_TEXT_CHARS) + ' tail one', 'x'.repeat(REPOST_TEXT_CHARS) + ' other end')).toBe(1);
  });
});

describe('materialChanges and findPredecessor', () => {
  it('names what changed; nothing for the same advert', () => {
    expect(materialChanges(side(), side({ location: ' berlin ' }), 0.95)).toEqual([]);
    expect(materialChanges(side(), side({ location: 'Munich', compensation: '€80k', workplaceType: 'remote' }), 0.6)).toEqual(['location', 'workplace', 'pay', 'text']);
  });

  it('takes the same role with alike text, preferring the same place, then the most alike, then the latest', () => {
    const p = side({ id: 9, title: 'Senior Engineer (m/w/d)' });
    expect(findPredecessor(p, [side({ title: 'Staff Engineer' })])).toBeNull();
    expect(findPredecessor(p, [side({ descriptionText: 'Another job entirely, in sales.' })])).toBeNull();
    const munich = side({ id: 2, location: 'Munich', closedAt: 3000 });
    const berlin = side({ id: 3, descriptionText: `${advert} plus a line`, closedAt: 2000 });
    expect(findPredecessor(p, [munich, berlin])?.predecessor.id).toBe(3);
    const older = side({ id: 4, closedAt: 500 });
    const open = side({ id: 5, closedAt: null });
    expect(findPredecessor(p, [older, side({ id: 6 }), open])?.predecessor.id).toBe(5);
  });
});
