/** Policy versions, per-item classifications and decisions: what labelled and decided each item, and why. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema/index.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function recordPolicyVersion(
  db: Db,
  v: { hash: string; loaded_at: number; loaded_by: string; files: unknown; rules: number; rule_index: unknown },
): Promise<void> {
  await db
    .insertInto('policy_versions')
    .values({ ...v, files: JSON.stringify(v.files), rule_index: JSON.stringify(v.rule_index) })
    .onConflict((oc) => oc.column('hash').doNothing())
    .execute();
}

export async function listPolicyVersions(db: Db, limit = 50) {
  const rows = await db.selectFrom('policy_versions').selectAll().orderBy('loaded_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({ ...r, loaded_at: Number(r.loaded_at), files: JSON.parse(r.files), rule_index: r.rule_index ? JSON.parse(r.rule_index) : null }));
}

/** The rule index recorded with a policy version, for expanding its stored decisions. */
export async function getRuleIndex(db: Db, hash: string): Promise<unknown> {
  const row = await db.selectFrom('policy_versions').select('rule_index').where('hash', '=', hash).executeTakeFirst();
  return row?.rule_index ? JSON.parse(row.rule_index) : undefined;
}

/** Saves (or replaces) each item's decision. */
export async function saveDecisions(db: Db, rows: Array<{ item_id: string; policy_version: string; decision: unknown; decided_at: number }>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, decision: JSON.stringify(r.decision) }));
    await db
      .insertInto('item_decisions')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('item_id').doUpdateSet((eb) => ({
          policy_version: eb.ref('excluded.policy_version'),
          decision: eb.ref('excluded.decision'),
          decided_at: eb.ref('excluded.decided_at'),
        })),
      )
      .execute();
  }
}

export async function getDecision(db: Db, itemId: string): Promise<unknown | undefined> {
  const row = await db.selectFrom('item_decisions').select('decision').where('item_id', '=', itemId).executeTakeFirst();
  return row ? JSON.parse(row.decision) : undefined;
}

/** Stored items received since `since`, each with its recorded decision, in pages (for backtests). */
export async function* itemsWithDecisionsSince(db: Db, since: number, pageSize = 1000) {
  let afterId = '';
  for (;;) {
    const rows = await db
      .selectFrom('items')
      .leftJoin('item_decisions', 'item_decisions.item_id', 'items.id')
      .leftJoin('item_classifications', 'item_classifications.item_id', 'items.id')
      .selectAll('items')
      .select(['item_decisions.decision as decision', 'item_classifications.labels as labels'])
      .where('items.received_at', '>=', since)
      .where('items.id', '>', afterId)
      .orderBy('items.id')
      .limit(pageSize)
      .execute();
    for (const row of rows) yield row;
    if (rows.length < pageSize) return;
    afterId = rows.at(-1)!.id;
  }
}

export async function countItemsSince(db: Db, since: number): Promise<number> {
  const row = await db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('received_at', '>=', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ClassificationRow {
  item_id: string;
  model_version: string | null;
  labels: unknown;
  outcomes: unknown;
  classified_at: number;
}

export async function saveClassifications(db: Db, rows: ClassificationRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({
      ...r,
      labels: r.labels === null ? null : JSON.stringify(r.labels),
      outcomes: JSON.stringify(r.outcomes),
    }));
    await db
      .insertInto('item_classifications')
      .values(chunk)
      .onConflict((oc) =>
        oc.column('item_id').doUpdateSet((eb) => ({
          model_version: eb.ref('excluded.model_version'),
          labels: eb.ref('excluded.labels'),
          outcomes: eb.ref('excluded.outcomes'),
          classified_at: eb.ref('excluded.classified_at'),
        })),
      )
      .execute();
  }
}

export async function getClassification(db: Db, itemId: string): Promise<ClassificationRow | undefined> {
  const row = await db.selectFrom('item_classifications').selectAll().where('item_id', '=', itemId).executeTakeFirst();
  if (!row) return undefined;
  return { ...row, classified_at: Number(row.classified_at), labels: row.labels === null ? null : JSON.parse(row.labels), outcomes: JSON.parse(row.outcomes) };
}
