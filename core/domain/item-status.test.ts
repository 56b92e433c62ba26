import { describe, expect, test } from 'bun:test';
import { applyEvent, INITIAL_STATE, replayEvents } from './item-status.ts';

const ev = (type: Parameters<typeof applyEvent>[1]['type'], data = {}) => ({ type, data });

describe('item status reducer', () => {
  test('an item opened without a queue lands in the default queue', () => {
    expect(applyEvent(INITIAL_STATE, ev('opened'))).toEqual({ status: 'open', queue: 'default', assignee: null, close_reason: null });
  });

  test('closing records the reason, reopening clears it and returns to the assignee', () => {
    const state = replayEvents([ev('opened', { queue: 'billing' }), ev('assigned', { assignee: 'ana' }), ev('closed', { reason: 'spam' })]);
    expect(state).toMatchObject({ status: 'closed', close_reason: 'spam', queue: 'billing' });
    expect(applyEvent(state, ev('reopened'))).toMatchObject({ status: 'assigned', close_reason: null, assignee: 'ana' });
  });

  test('assignment does not revive a closed item, and platform edits never change status', () => {
    const closed = replayEvents([ev('opened'), ev('closed', { reason: 'duplicate' })]);
    expect(applyEvent(closed, ev('assigned', { assignee: 'bo' })).status).toBe('closed');
    expect(applyEvent(closed, ev('edited'))).toEqual(closed);
  });

  test('is pure: the input state is never modified', () => {
    const state = { ...INITIAL_STATE };
    applyEvent(state, ev('opened'));
    expect(state).toEqual(INITIAL_STATE);
  });
});
