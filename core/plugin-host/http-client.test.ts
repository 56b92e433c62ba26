import { afterAll, beforeAll, describe, expect, test } from 'bun:test';
import { RetryableError } from '../plugin-api/index.ts';
import { createHttpClient, requestedWaitMs } from './http-client.ts';

let hits: number[] = [];
let script: Array<() => Response> = [];
let server: ReturnType<typeof Bun.serve>;
beforeAll(() => {
  server = Bun.serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: () => {
      hits.push(Date.now());
      const next = script.shift();
      return next ? next() : new Response('ok');
    },
  });
});
afterAll(() => server.stop(true));

const url = () => `http://127.0.0.1:${server.port}/x`;
const reset = (s: Array<() => Response>) => {
  hits = [];
  script = s;
};

describe('plugin HTTP client', () => {
  test('retries a 503 and returns the success', async () => {
    reset([() => new Response('busy', { status: 503 }), () => new Response('busy', { status: 502 })]);
    const res = await createHttpClient({ backoffBaseMs: 5 }).fetch(url());
    expect(res.status).toBe(200);
    expect(hits.length).toBe(3);
  });

  test('waits out a 429 Retry-After before trying again', async () => {
    reset([() => new Response('slow down', { status: 429, headers: { 'retry-after': '1' } })]);
    const res = await createHttpClient({ backoffBaseMs: 1 }).fetch(url());
    expect(res.status).toBe(200);
    expect(hits[1]! - hits[0]!).toBeGreaterThanOrEqual(950);
  });

  test('holds the next request when the platform says the bucket is empty', async () => {
    reset([() => new Response('ok', { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.4' } })]);
    const client = createHttpClient();
    await client.fetch(url());
    await client.fetch(url());
    expect(hits[1]! - hits[0]!).toBeGreaterThanOrEqual(380);
  });

  test('does not retry a 4xx; returns it for the plugin to judge', async () => {
    reset([() => new Response('no', { status: 403 })]);
    expect((await createHttpClient().fetch(url())).status).toBe(403);
    expect(hits.length).toBe(1);
  });

  test('a server that never answers times out each attempt, then RetryableError', async () => {
    const silent = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: () => new Promise<Response>(() => {}) });
    try {
      const err = await createHttpClient({ timeoutMs: 100, attempts: 2, backoffBaseMs: 1 }).fetch(`http://127.0.0.1:${silent.port}/`).catch((e) => e);
      expect(err).toBeInstanceOf(RetryableError);
      expect(err.message).toContain('failed after 2 attempts');
    } finally {
      silent.stop(true);
    }
  });

  test('connection refused is retryable', async () => {
    const err = await createHttpClient({ attempts: 2, backoffBaseMs: 1 }).fetch('http://127.0.0.1:1/').catch((e) => e);
    expect(err).toBeInstanceOf(RetryableError);
  });

  test('Retry-After as an HTTP date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    const res = new Response('', { headers: { 'retry-after': 'Wed, 25 Nov 2026 10:00:05 GMT' } });
    expect(requestedWaitMs(res, now)).toBe(5000);
  });
});

test('hostPacing: false lets a plugin that tracks finer buckets send the next request at once', async () => {
  reset([() => new Response('ok', { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '5' } })]);
  const client = createHttpClient();
  await client.fetch(url(), { hostPacing: false });
  await client.fetch(url(), { hostPacing: false });
  expect(hits[1]! - hits[0]!).toBeLessThan(2000);
});
