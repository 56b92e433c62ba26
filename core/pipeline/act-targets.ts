/**
 * What the act stage may address, as plain data: escalation targets (route names and
 * escalation-instance ids → instance id) and, per channel instance, the actions it supports.
 * Plain data so that a pipeline on a worker thread can be handed a fresh copy.
 */
import type { ActionKind } from '../plugin-api/index.ts';
import type { ActTargets } from './stages/act-stage.ts';

export interface ActTargetsSnapshot {
  escalation: Record<string, string>;
  channelActions: Record<string, string[]>;
  maxAttempts: number;
}

export function actTargetsFromSnapshot(get: () => ActTargetsSnapshot, onJobsQueued?: () => void): ActTargets {
  return {
    escalationInstance: (target) => get().escalation[target],
    channelSupports: (channel, action: ActionKind) => get().channelActions[channel]?.includes(action) ?? false,
    get maxAttempts() {
      return get().maxAttempts;
    },
    ...(onJobsQueued ? { onJobsQueued } : {}),
  };
}
