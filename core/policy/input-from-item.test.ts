import { describe, expect, test } from 'bun:test';
import type { Item } from '../domain/item.ts';
import type { TriageLabels } from '../triage/labels.ts';
import { policyInputFromItem } from './input-from-item.ts';

const ITEM: Item = {
  id: 'it_1', channel: 'discord', external_id: 'm1', thread_external_id: null, parent_external_id: 'm0',
  author: { external_id: 'u1', handle: 'ada' }, text: 'refund please', attachments: [{ url: 'https://x/a.png' }],
  url: null, visibility: 'private', created_at: Date.UTC(2026, 0, 2), received_at: Date.UTC(2026, 0, 2), raw: {},
};

const LABELS: TriageLabels = {
  noise: { label: 'spam', confidence: 0.97 }, intent: { label: 'noise', confidence: 0.9 },
  topic: { label: 'billing', confidence: 0.4 }, sentiment: { label: 'neutral', confidence: 0.8 },
  urgency: { label: 'low', confidence: 0.7 },
  risk: { harassment: 0, threat: 0.1, self_harm: 0, scam_phishing: 0.2, impersonation: 0, misinformation: 0, pr_exposure: 0 },
  sarcasm: { value: false, score: 0.1 }, language: { label: 'en', confidence: 0.99 },
};

describe('policyInputFromItem', () => {
  test('maps the stored item, triage labels and enrichment to the documented input', () => {
    const input = policyInputFromItem({
      item: ITEM, labels: LABELS, autoClose: { auto_close: true, auto_close_reason: 'spam' },
      author: { prior_flags: 2, roles: ['member'] }, thread: { reply_count: 3 },
    });
    expect(input.item).toMatchObject({ id: 'it_1', visibility: 'private', attachments_count: 1, url: '', parent_external_id: 'm0', created_at: '2026-01-02T00:00:00.000Z' });
    expect(input.labels).toMatchObject({ classified: true, noise: 'spam', topic: 'billing', auto_close: true, auto_close_reason: 'spam', language: 'en' });
    expect(input.labels.confidence.noise).toBe(0.97);
    expect(input.labels.risk.scam_phishing).toBe(0.2);
    expect(input.author).toEqual({ external_id: 'u1', handle: 'ada', is_new: false, prior_items: 0, prior_flags: 2, roles: ['member'] });
    expect(input.thread).toEqual({ reply_count: 3, participants: 0 });
    expect(input.cluster).toEqual({ size: 1, incident: false });
  });

  test('without labels, rules see an unclassified item with neutral labels', () => {
    const input = policyInputFromItem({ item: ITEM, labels: null });
    expect(input.labels).toMatchObject({ classified: false, noise: 'none', topic: 'other', auto_close: false });
  });
});
