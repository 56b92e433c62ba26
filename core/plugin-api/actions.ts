/** Platform actions a channel plugin may support, and escalations a target receives. */

export const ACTION_KINDS = ['reply', 'dm', 'remove', 'hide', 'ban', 'timeout', 'approve', 'restrict'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** One action on the platform, about one item (by its channel's external ids). */
export interface PlatformAction {
  kind: ActionKind;
  /** The item acted on: its external id, thread and author as the channel gave them. */
  target: {
    external_id: string;
    thread_external_id?: string;
    author_external_id?: string;
  };
  /** Text to send, for reply and dm. */
  text?: string;
  /** Why, shown in the platform's audit log where it has one. */
  reason?: string;
  /** For timeout: how long. */
  durationSeconds?: number;
}

export interface ActionResult {
  /** The platform's id of what was created (a reply's message id), if anything. */
  external_id?: string;
}

/** What an escalation target receives: enough for the owning team to act without opening Steward. */
export interface Escalation {
  /** Steward's id for this escalation (also the idempotency key's stem). */
  id: string;
  route: string;
  item: {
    id: string;
    channel: string;
    external_id: string;
    text: string;
    url: string | null;
    author: { external_id: string; handle?: string };
    created_at: string;
  };
  reason?: string;
  priority?: string;
  labels?: Record<string, unknown>;
  created_at: string;
}
