/** `policy_versions`, `item_classifications` and `item_decisions`: what labelled and decided each item. */
export interface PolicyVersionsTable {
  hash: string;
  loaded_at: number;
  loaded_by: string;
  /** JSON: the files and their rule counts. */
  files: string;
  rules: number;
  /** JSON: per rule, its pack, file, mode and condition expressions (see core/policy/stored-decision.ts). */
  rule_index: string | null;
}

export interface ItemDecisionsTable {
  item_id: string;
  policy_version: string;
  /** JSON: the whole Decision, trace included. */
  decision: string;
  decided_at: number;
}

export interface ItemClassificationsTable {
  item_id: string;
  /** The model that produced `labels`; null when every classifier errored. */
  model_version: string | null;
  /** JSON TriageLabels, or null. */
  labels: string | null;
  /** JSON: each classifier's outcome ({classifier, outcome, reason?}), errors included. */
  outcomes: string;
  classified_at: number;
}

/** `label_corrections`: a moderator's correction of an item's labels, kept as a training example. */
export interface LabelCorrectionsTable {
  id: string;
  item_id: string;
  text: string;
  thread_context: string | null;
  /** JSON: the corrected heads only ({topic: 'billing'}). */
  labels: string;
  /** 'relabel' (a moderator set labels) or 'reopen' (an automatic closure was undone). */
  source: string;
  actor: string;
  /** The model whose answer was corrected. */
  model_version: string | null;
  created_at: number;
}
