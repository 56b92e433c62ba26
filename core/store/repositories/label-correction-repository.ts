/** Label corrections: what moderators said the labels should have been. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema/index.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface LabelCorrection {
  id: string;
  item_id: string;
  text: string;
  thread_context: string | null;
  labels: Record<string, unknown>;
  source: 'relabel' | 'reopen';
  actor: string;
  model_version: string | null;
  created_at: number;
}

export async function addLabelCorrection(db: Db, c: LabelCorrection): Promise<void> {
  await db.insertInto('label_corrections').values({ ...c, labels: JSON.stringify(c.labels) }).execute();
}

/** Every correction, oldest first; a later correction of the same item wins when training. */
export async function listLabelCorrections(db: Db): Promise<LabelCorrection[]> {
  const rows = await db.selectFrom('label_corrections').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({ ...r, labels: JSON.parse(r.labels), source: r.source as LabelCorrection['source'], created_at: Number(r.created_at) }));
}
