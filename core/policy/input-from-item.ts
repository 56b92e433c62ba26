/**
 * Builds the policy input from what the pipeline has after classify and enrich: the stored
 * item, triage's labels (or null when every classifier errored) and the enrichment facts.
 */
import type { Item } from '../domain/item.ts';
import type { TriageLabels } from '../triage/labels.ts';
import {
  labelsFromTriage, normalizePolicyInput,
  type AutoCloseVerdict, type PolicyAuthor, type PolicyCluster, type PolicyInput, type PolicyThread,
} from './policy-input.ts';

export interface PolicyInputSources {
  item: Item;
  /** Null when no classifier produced labels: rules then see the neutral defaults (labels.classified == false). */
  labels: TriageLabels | null;
  /** The classifier's auto-close verdict (noise confidence against the model's threshold). */
  autoClose?: AutoCloseVerdict;
  /** From enrich: author history and roles. `external_id` and `handle` come from the item. */
  author?: Partial<Omit<PolicyAuthor, 'external_id' | 'handle'>>;
  thread?: Partial<PolicyThread>;
  cluster?: Partial<PolicyCluster>;
}

/** @example policies.current().decide(policyInputFromItem({ item, labels, autoClose, author, thread, cluster })) */
export function policyInputFromItem(s: PolicyInputSources): PolicyInput {
  const { item } = s;
  return normalizePolicyInput({
    item: {
      id: item.id,
      channel: item.channel,
      external_id: item.external_id,
      text: item.text,
      visibility: item.visibility,
      url: item.url ?? '',
      created_at: new Date(item.created_at).toISOString(),
      thread_external_id: item.thread_external_id ?? '',
      parent_external_id: item.parent_external_id ?? '',
      attachments_count: item.attachments.length,
    },
    labels: s.labels ? labelsFromTriage(s.labels, s.autoClose) : { classified: false },
    author: { ...s.author, external_id: item.author.external_id, handle: item.author.handle ?? '' },
    thread: s.thread,
    cluster: s.cluster,
  });
}
