export { escalateItem, escalationPayload, requestAction, type Actor, type EnqueueResult } from './enqueue.ts';
export { OutboxRunner, type OutboxStats } from './outbox-runner.ts';
export { TokenBucket } from './token-bucket.ts';
