import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  RoadmapLane,
  RoadmapStatus,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { forUpdate, insertedId } from './dialect';
import { derivedOf, maintain } from './roadmapDerived';
import type { RoadmapItemFields } from './RoadmapStore';
import { CRITERIA, HISTORY, ITEMS, TEAMS, TOOLS } from './roadmapTables';

/*
 * RoadmapStore's writes of items (the store documents each): an item created, edited, moved,
 * shipped (by hand or by a published changelog entry), killed or deleted, each in one
 * transaction with its links and criteria, its history entry and the derived data `maintain`
 * keeps; and the row lock with its version check that every versioned write starts with.
 */

export function createItem(
  db: Knex | Knex.Transaction,
  fields: RoadmapItemFields & { lane: RoadmapLane },
  actorRef: string,
  now: Date,
): Promise<number> {
  return db.transaction(async trx => {
    const rows = await trx(ITEMS)
      .insert({
        ...itemRow(fields),
        lane: fields.lane,
        status: 'active',
        vote_count: 0,
        voter_team_count: 0,
        changelog_entry_ids: '[]',
        version: 1,
        created_by: actorRef,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const id = insertedId(rows);
    await writeLinks(trx, id, fields);
    await maintain(trx, id, undefined);
    await trx(HISTORY).insert(
      historyRow(id, 'created', actorRef, now, { to: fields.lane }),
    );
    return id;
  });
}

export async function updateItem(
  db: Knex,
  id: number,
  version: number,
  fields: RoadmapItemFields,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    await lockVersion(tx, id, version);
    const before = await derivedOf(tx, id);
    await tx(ITEMS)
      .where({ id })
      .update({ ...itemRow(fields), version: version + 1, updated_at: now });
    await tx(TOOLS).where({ item_id: id }).delete();
    await tx(TEAMS).where({ item_id: id }).delete();
    await writeLinks(tx, id, fields);
    await maintain(tx, id, before);
  });
}

export function moveItem(
  db: Knex,
  id: number,
  version: number,
  lane: RoadmapLane,
  actorRef: string,
  now: Date,
  alongside?: (tx: Knex.Transaction, from: RoadmapLane) => Promise<void>,
): Promise<{ from: RoadmapLane }> {
  return db.transaction(async tx => {
    const row = await lockVersion(tx, id, version, 'active');
    const before = await derivedOf(tx, id);
    await tx(ITEMS)
      .where({ id })
      .update({ lane, version: version + 1, updated_at: now });
    await maintain(tx, id, before);
    await tx(HISTORY).insert(
      historyRow(id, 'moved', actorRef, now, { from: row.lane, to: lane }),
    );
    await alongside?.(tx, row.lane);
    return { from: row.lane };
  });
}

export async function shipItem(
  db: Knex,
  id: number,
  version: number,
  changelogEntryIds: number[],
  actorRef: string,
  now: Date,
  alongside?: (tx: Knex.Transaction) => Promise<void>,
): Promise<void> {
  const entryIds = [...new Set(changelogEntryIds)];
  await endItem(
    db,
    id,
    version,
    actorRef,
    now,
    {
      status: 'shipped',
      shipped_at: now,
      changelog_entry_ids: JSON.stringify(entryIds),
    },
    { note: entriesNote(entryIds), alongside },
  );
}

export async function killItem(
  db: Knex,
  id: number,
  version: number,
  reason: string,
  actorRef: string,
  now: Date,
  alongside?: (tx: Knex.Transaction) => Promise<void>,
): Promise<void> {
  await endItem(
    db,
    id,
    version,
    actorRef,
    now,
    { status: 'killed', killed_at: now, kill_reason: reason },
    { note: reason, alongside },
  );
}

export function deleteItem(
  db: Knex,
  id: number,
  refuse: (tx: Knex.Transaction) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async tx => {
    const row = await forUpdate(tx, tx(ITEMS).where({ id })).first();
    if (!row) return false;
    await refuse(tx);
    const before = await derivedOf(tx, id);
    await tx(ITEMS).where({ id }).delete();
    await maintain(tx, id, before);
    return true;
  });
}

export async function shipByChangelog(
  db: Knex | Knex.Transaction,
  ids: number[],
  entryId: number,
  actorRef: string,
  now: Date,
): Promise<number[]> {
  const shipped: number[] = [];
  await db.transaction(async trx => {
    // In id order, so that two transactions locking the same items cannot deadlock.
    for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
      const row = await forUpdate(trx, trx(ITEMS).where({ id })).first();
      const entries: number[] = row ? JSON.parse(row.changelog_entry_ids) : [];
      if (!row || entries.includes(entryId)) continue;
      const active = row.status === 'active';
      const before = await derivedOf(trx, id);
      await trx(ITEMS)
        .where({ id })
        .update({
          changelog_entry_ids: JSON.stringify([...entries, entryId]),
          ...(active && { status: 'shipped', shipped_at: now }),
          version: row.version + 1,
          updated_at: now,
        });
      await maintain(trx, id, before);
      if (active) {
        shipped.push(id);
        await trx(HISTORY).insert(
          historyRow(id, 'shipped', actorRef, now, {
            from: row.lane,
            note: entriesNote([entryId]),
          }),
        );
      }
    }
  });
  return shipped;
}

async function endItem(
  db: Knex,
  id: number,
  version: number,
  actorRef: string,
  now: Date,
  changes: Record<string, unknown>,
  step: {
    note?: string;
    alongside?: (tx: Knex.Transaction) => Promise<void>;
  },
) {
  await db.transaction(async tx => {
    const row = await lockVersion(tx, id, version, 'active');
    const before = await derivedOf(tx, id);
    await tx(ITEMS)
      .where({ id })
      .update({ ...changes, version: version + 1, updated_at: now });
    await maintain(tx, id, before);
    await tx(HISTORY).insert(
      historyRow(id, changes.status as string, actorRef, now, {
        from: row.lane,
        note: step.note,
      }),
    );
    await step.alongside?.(tx);
  });
}

/**
 * Locks the item's row for the transaction; with `version`, also checks that nobody changed it
 * since, and with `status`, that it is still in that status.
 */
export async function lockVersion(
  tx: Knex.Transaction,
  id: number,
  version?: number,
  status?: RoadmapStatus,
) {
  const query = tx(ITEMS).where({ id });
  const row = await forUpdate(tx, query).first();
  if (!row) {
    throw new NotFoundError(`No roadmap item with id ${id}`);
  }
  if (version !== undefined && row.version !== version) {
    throw new ConflictError(
      `Roadmap item ${id} was changed by someone else (version ${row.version}, yours ${version}); reload it`,
    );
  }
  if (status && row.status !== status) {
    throw new ConflictError(`Roadmap item ${id} is ${row.status}`);
  }
  return row;
}

async function writeLinks(
  tx: Knex.Transaction,
  id: number,
  fields: RoadmapItemFields,
) {
  if (fields.toolRefs.length) {
    await tx(TOOLS).insert(
      [...new Set(fields.toolRefs)].map(tool_ref => ({
        item_id: id,
        tool_ref,
      })),
    );
  }
  if (fields.requestingTeamRefs.length) {
    await tx(TEAMS).insert(
      [...new Set(fields.requestingTeamRefs)].map(team_ref => ({
        item_id: id,
        team_ref,
      })),
    );
  }
  const keep = fields.criteria.flatMap(c => (c.id ? [c.id] : []));
  await tx(CRITERIA).where({ item_id: id }).whereNotIn('id', keep).delete();
  for (const criterion of fields.criteria) {
    const values = {
      metric: criterion.metric,
      target: criterion.target,
      review_date: criterion.reviewDate,
    };
    if (criterion.id) {
      await tx(CRITERIA)
        .where({ id: criterion.id, item_id: id })
        .update(values);
    } else {
      await tx(CRITERIA).insert({ ...values, item_id: id, outcome: 'pending' });
    }
  }
}

function itemRow(fields: RoadmapItemFields) {
  return {
    title: fields.title,
    description: fields.description,
    owner_ref: fields.ownerRef,
    reach: fields.reach,
    reach_source: fields.reachSource,
    impact: fields.impact,
    confidence: fields.confidence,
    effort: fields.effort,
    rice_score: fields.riceScore,
    early_access: fields.earlyAccess,
    impact_id: fields.impactId ?? null,
  };
}

export function historyRow(
  id: number,
  kind: string,
  actorRef: string,
  now: Date,
  lanes: { from?: RoadmapLane; to?: RoadmapLane; note?: string },
) {
  return {
    item_id: id,
    kind,
    from_lane: lanes.from ?? null,
    to_lane: lanes.to ?? null,
    actor_ref: actorRef,
    note: lanes.note ?? null,
    created_at: now,
  };
}

/** The history note of a shipment: which changelog entries it was shipped with. */
function entriesNote(entryIds: number[]): string | undefined {
  if (!entryIds.length) return undefined;
  const list = entryIds.map(id => `#${id}`).join(', ');
  return `Changelog entr${entryIds.length > 1 ? 'ies' : 'y'} ${list}`;
}
