/**
 * Optional classifier backed by a Hugging Face model (Inference Providers or a self-hosted /
 * dedicated endpoint) through `@huggingface/inference`. It refines one head of the local
 * model's answer; an endpoint failure or timeout is an `errored` outcome, so the local answer
 * (which the pipeline also holds) stands.
 */
import { textClassification, zeroShotClassification } from '@huggingface/inference';
import type { Classifier, ClassifierOutcome, ClassifyInput } from './classifier.ts';
import { RISK_TOPICS, type RiskTopic, type TriageLabels } from './labels.ts';
import type { LocalClassifier } from './local-classifier.ts';

export type RefinedHead = 'noise' | 'intent' | 'topic' | 'sentiment' | 'urgency';

export interface HuggingFaceConfig {
  task: 'zero-shot-classification' | 'text-classification';
  /** Hub model id (hosted). One of model or endpointUrl is required. */
  model?: string;
  /** Full URL of a self-hosted or dedicated endpoint (e.g. text-embeddings-inference / TGI / Inference Endpoints). */
  endpointUrl?: string;
  /** Secret: never logged. */
  accessToken?: string;
  /** Which of our heads the remote model decides. */
  head: RefinedHead;
  /**
   * Remote label → our label for that head. For zero-shot the keys are the candidate labels
   * sent to the model (natural-language descriptions work best); for text-classification,
   * remote labels missing here are ignored.
   */
  labels: Record<string, string>;
  /** Zero-shot only, e.g. "This message is about {}." */
  hypothesisTemplate?: string;
  /** Requests in flight at once; the API takes one text per request. Default 8. */
  batchSize?: number;
  /** Per-request timeout in milliseconds. Default 5000. */
  timeoutMs?: number;
  /** Remote answers below this score keep the local label. Default 0.5. */
  minScore?: number;
  /** For tests: a fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

interface Scored {
  label: string;
  score: number;
}

export class HuggingFaceClassifier implements Classifier {
  readonly id: string;

  constructor(readonly config: HuggingFaceConfig, readonly base: LocalClassifier) {
    if (!config.model && !config.endpointUrl) throw new Error('huggingface classifier: set "model" or "endpointUrl"');
    if (Object.keys(config.labels).length === 0) throw new Error('huggingface classifier: "labels" is empty');
    this.id = `huggingface:${config.model ?? new URL(config.endpointUrl!).host}`;
  }

  async classify(inputs: ClassifyInput[]): Promise<ClassifierOutcome[]> {
    const local = this.base.classifySync(inputs);
    const size = Math.max(1, this.config.batchSize ?? 8);
    const outcomes: ClassifierOutcome[] = [];
    for (let i = 0; i < inputs.length; i += size) {
      const batch = inputs.slice(i, i + size);
      const remote = await Promise.all(batch.map((input) => this.ask(input.text)));
      remote.forEach((r, j) => outcomes.push(typeof r === 'string' ? { outcome: 'errored', reason: r } : this.merge(local[i + j]!, r)));
    }
    return outcomes;
  }

  /** One remote call; a string result is the failure reason. */
  private async ask(text: string): Promise<Scored[] | string> {
    const c = this.config;
    const timeoutMs = c.timeoutMs ?? 5000;
    const signal = AbortSignal.timeout(timeoutMs);
    const target = { ...(c.endpointUrl ? { endpointUrl: c.endpointUrl } : { model: c.model! }), ...(c.accessToken ? { accessToken: c.accessToken } : {}) };
    // retry_on_error off: a 503 "model loading" must not stall the pipeline; the local answer stands.
    const options = { signal, retry_on_error: false, ...(c.fetch ? { fetch: c.fetch } : {}) };
    try {
      if (c.task === 'zero-shot-classification') {
        return await zeroShotClassification({
          ...target,
          inputs: text,
          parameters: { candidate_labels: Object.keys(c.labels), ...(c.hypothesisTemplate ? { hypothesis_template: c.hypothesisTemplate } : {}) },
        }, options);
      }
      return await textClassification({ ...target, inputs: text }, options);
    } catch (err) {
      if (signal.aborted) return `timeout after ${timeoutMs} ms`;
      return `huggingface ${c.task} failed: ${(err as Error).message}`.slice(0, 300);
    }
  }

  private merge(local: TriageLabels, remote: Scored[]): ClassifierOutcome {
    const c = this.config;
    const best = remote.filter((r) => c.labels[r.label] !== undefined).sort((a, b) => b.score - a.score)[0];
    const labels: TriageLabels = structuredClone(local);
    if (best && best.score >= (c.minScore ?? 0.5)) {
      const ours = c.labels[best.label]!;
      (labels[c.head] as { label: string; confidence: number }) = { label: ours, confidence: Math.round(best.score * 1000) / 1000 };
      if (c.head === 'topic' && (RISK_TOPICS as readonly string[]).includes(ours)) {
        labels.risk[ours as RiskTopic] = Math.max(labels.risk[ours as RiskTopic], best.score);
      }
    }
    return { outcome: 'ok', labels, modelVersion: `${this.id}+${this.base.model.meta.version}` };
  }
}
