/** The contract every triage classifier implements (local model, Hugging Face endpoint, …). */
import type { TriageLabels } from './labels.ts';

export interface ClassifyInput {
  text: string;
  /** Text of the message this one replies to, when it is a thread reply. */
  threadContext?: string;
  channel?: string;
}

/**
 * One result per input, in input order. An expected failure (timeout, endpoint down) is a value,
 * never a throw, so the pipeline keeps the other classifiers' answers.
 */
export type ClassifierOutcome =
  | { outcome: 'ok'; labels: TriageLabels; modelVersion: string }
  | { outcome: 'errored'; reason: string };

/**
 * @example
 * const outcomes = await classifier.classify([{ text: 'site is down again' }]);
 * if (outcomes[0].outcome === 'ok') console.log(outcomes[0].labels.topic.label); // 'outage'
 */
export interface Classifier {
  id: string;
  classify(inputs: ClassifyInput[]): Promise<ClassifierOutcome[]>;
}
