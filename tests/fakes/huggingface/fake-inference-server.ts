/**
 * Fake Hugging Face inference endpoint for tests: speaks the hf-inference request/response
 * shapes for text-classification and zero-shot-classification, and can be told to be slow or
 * to fail with 500 / 503 ("model is currently loading") like the real service.
 */

export type FakeBehaviour = 'ok' | 'slow' | 'error500' | 'loading503';

export interface FakeInferenceServer {
  url: string;
  /** Every request body received, in order. */
  requests: { path: string; body: { inputs: string; parameters?: { candidate_labels?: string[] } } }[];
  behaviour: FakeBehaviour;
  /** Delay of a 'slow' answer in milliseconds. */
  slowMs: number;
  stop(): Promise<void>;
}

/** Deterministic scoring: a candidate wins when one of its words appears in the text. */
function zeroShot(text: string, candidates: string[]) {
  const t = text.toLowerCase();
  const raw = candidates.map((c) => 1 + 10 * c.toLowerCase().split(/\W+/).filter((w) => w.length > 3 && t.includes(w)).length);
  const sum = raw.reduce((a, b) => a + b, 0);
  return candidates.map((label, i) => ({ label, score: raw[i]! / sum })).sort((a, b) => b.score - a.score);
}

function textClassification(text: string) {
  const toxic = /\b(kill|hurt|idiot|stupid)\b/i.test(text) ? 0.97 : 0.04;
  return [[{ label: 'toxic', score: toxic }, { label: 'non-toxic', score: 1 - toxic }].sort((a, b) => b.score - a.score)];
}

export function startFakeInferenceServer(): FakeInferenceServer {
  const state: FakeInferenceServer = {
    url: '',
    requests: [],
    behaviour: 'ok',
    slowMs: 2000,
    stop: async () => {},
  };
  const server = Bun.serve({
    hostname: '127.0.0.1',
    port: 0,
    async fetch(req) {
      const path = new URL(req.url).pathname;
      const body = (await req.json()) as FakeInferenceServer['requests'][number]['body'];
      state.requests.push({ path, body });
      if (state.behaviour === 'error500') return Response.json({ error: 'Internal Server Error' }, { status: 500 });
      if (state.behaviour === 'loading503') {
        return Response.json({ error: 'Model fake/model is currently loading', estimated_time: 20 }, { status: 503 });
      }
      if (state.behaviour === 'slow') await Bun.sleep(state.slowMs);
      const candidates = body.parameters?.candidate_labels;
      return Response.json(candidates ? zeroShot(body.inputs, candidates) : textClassification(body.inputs));
    },
  });
  state.url = `http://127.0.0.1:${server.port}`;
  state.stop = async () => {
    await server.stop(true);
  };
  return state;
}
