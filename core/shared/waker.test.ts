import { expect, test } from 'bun:test';
import { Waker } from './waker.ts';

test('a wake cuts a sleep short, and a wake before the sleep is not lost', async () => {
  const waker = new Waker();
  const started = performance.now();
  setTimeout(() => waker.wake(), 20);
  await waker.sleep(10_000);
  waker.wake();
  await waker.sleep(10_000);
  expect(performance.now() - started).toBeLessThan(5_000);
});
