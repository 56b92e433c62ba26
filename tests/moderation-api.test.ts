/** Moderators correcting the pipeline through the API: relabel, reopen (a correction when it undoes an automatic closure), close. */
import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { listLabelCorrections } from '../core/store/index.ts';
import { SETUP_TIMEOUT_MS } from './harness/stores.ts';
import { incoming, startTestServer, type TestServer } from './harness/test-server.ts';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer('sqlite');
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await srv.stop();
});

async function processed(id: string) {
  for (let i = 0; i < 200; i++) {
    const got = await srv.get(`/api/v1/items/${id}`);
    if (got.body.item.pipeline_state === 'done') return got.body;
    await Bun.sleep(25);
  }
  throw new Error('not processed');
}

describe('moderation API', () => {
  test('a label correction is stored as a training example and as an event', async () => {
    const { body } = await srv.post('/api/v1/items', incoming({ text: 'where is my parcel, tracking has not moved in a week' }));
    await processed(body.item.id);
    const res = await srv.post(`/api/v1/items/${body.item.id}/labels`, { labels: { topic: 'shipping', urgency: 'high' } });
    expect(res.status).toBe(201);
    const corrections = await listLabelCorrections(srv.store.db);
    expect(corrections.at(-1)).toMatchObject({ item_id: body.item.id, labels: { topic: 'shipping', urgency: 'high' }, source: 'relabel', actor: 'tests', model_version: expect.stringMatching(/^triage-/) });
    const events = (await srv.get(`/api/v1/items/${body.item.id}`)).body.events.map((e: { type: string }) => e.type);
    expect(events).toContain('relabeled');
  });

  test('a bad correction names each bad field', async () => {
    const { body } = await srv.post('/api/v1/items', incoming());
    const res = await srv.post(`/api/v1/items/${body.item.id}/labels`, { labels: { topic: 'weather', mood: 'happy' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['/labels/topic', '/labels/mood']);
  });

  test('reopening an automatically closed spam item is a correction; the item is open again', async () => {
    const spam = 'Subscribe to my channel for free giveaways!! check out my videos http://youtu.be/xyz';
    const { body } = await srv.post('/api/v1/items', incoming({ text: spam }));
    const done = await processed(body.item.id);
    expect(done.item).toMatchObject({ status: 'closed' });
    expect(['spam', 'scam']).toContain(done.item.close_reason);
    const reopened = await srv.post(`/api/v1/items/${body.item.id}/reopen`, { reason: 'a real member sharing a link we asked for' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ item: { status: 'open', close_reason: null }, correction: true });
    expect((await listLabelCorrections(srv.store.db)).at(-1)).toMatchObject({ item_id: body.item.id, labels: { noise: 'none' }, source: 'reopen' });
    expect((await srv.post(`/api/v1/items/${body.item.id}/reopen`, {})).status).toBe(409);
  });

  test('a moderator closes an item with a reason', async () => {
    const { body } = await srv.post('/api/v1/items', incoming());
    await processed(body.item.id);
    const res = await srv.post(`/api/v1/items/${body.item.id}/close`, { reason: 'answered in thread' });
    expect(res.body.item).toMatchObject({ status: 'closed', close_reason: 'answered in thread' });
    expect((await srv.post(`/api/v1/items/${body.item.id}/close`, {})).status).toBe(400);
  });
});
