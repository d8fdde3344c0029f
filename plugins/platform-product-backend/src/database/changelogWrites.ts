import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { ChangelogRevision } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { queueDeliveries } from './ChangelogOutboxStore';
import type { ChangelogFields, Publication } from './ChangelogStore';
import { ENTRIES, REVISIONS, ROADMAP, TOOLS } from './changelogTables';
import { forKeyShare, forUpdate, insertedId } from './dialect';

/*
 * ChangelogStore's writes (the store documents each): an entry created, edited, deleted or
 * published, each in one transaction with its links (tools, roadmap items) and a revision that
 * snapshots it; and the links a roadmap item shipped with entries adds to them.
 */

export function createEntry(
  db: Knex | Knex.Transaction,
  fields: ChangelogFields,
  status: 'draft' | 'scheduled',
  actorRef: string,
  now: Date,
  publication?: Publication,
): Promise<number> {
  return db.transaction(async trx => {
    const rows = await trx(ENTRIES)
      .insert({
        ...entryRow(fields),
        status,
        author_ref: actorRef,
        helpful_count: 0,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const id = insertedId(rows);
    await writeLinks(trx, id, fields);
    await revise(trx, id, 'created', actorRef, now);
    if (publication) {
      await publishEntry(
        trx,
        id,
        publication.audience,
        actorRef,
        now,
        publication.alongside,
      );
    }
    return id;
  });
}

export async function updateEntry(
  db: Knex,
  id: number,
  version: number,
  fields: ChangelogFields,
  status: 'draft' | 'scheduled' | undefined,
  actorRef: string,
  now: Date,
): Promise<void> {
  await db.transaction(async tx => {
    const updated = await tx(ENTRIES)
      .where({ id, version })
      .whereNull('deleted_at')
      .update({
        ...entryRow(fields),
        ...(status && { status }),
        version: version + 1,
        updated_at: now,
      });
    if (!updated) {
      await mustExist(tx, id);
      throw new ConflictError(
        `Changelog entry ${id} was changed by someone else; reload it`,
      );
    }
    await tx(TOOLS).where({ entry_id: id }).delete();
    await tx(ROADMAP).where({ entry_id: id }).delete();
    await writeLinks(tx, id, fields);
    await revise(tx, id, 'updated', actorRef, now);
  });
}

export async function deleteEntry(
  db: Knex,
  id: number,
  actorRef: string,
  now: Date,
  refuse: (tx: Knex.Transaction, roadmapItemIds: number[]) => Promise<void>,
): Promise<void> {
  await db.transaction(async tx => {
    const live = tx(ENTRIES).where({ id }).whereNull('deleted_at');
    if (!(await forUpdate(tx, live).first('id'))) {
      throw new NotFoundError(`No changelog entry with id ${id}`);
    }
    const items = await tx(ROADMAP)
      .where({ entry_id: id })
      .pluck('roadmap_item_id');
    await refuse(tx, items.map(Number));
    await tx(ENTRIES).where({ id }).update({ deleted_at: now });
    await revise(tx, id, 'deleted', actorRef, now);
  });
}

export function publishEntry(
  db: Knex | Knex.Transaction,
  id: number,
  audience: string[],
  actorRef: string,
  now: Date,
  alongside?: Publication['alongside'],
): Promise<boolean> {
  return db.transaction(async trx => {
    const published = await trx(ENTRIES)
      .where({ id })
      .whereIn('status', ['draft', 'scheduled'])
      .whereNull('deleted_at')
      .update({ status: 'published', published_at: now, updated_at: now });
    if (!published) {
      return false;
    }
    await queueDeliveries(
      trx,
      audience.map(userRef => ({ entryId: id, userRef })),
    );
    await revise(trx, id, 'published', actorRef, now);
    const feedback = (await alongside?.(trx, id)) ?? [];
    // Told about their feedback instead of the entry: still one notification per person.
    await queueDeliveries(
      trx,
      feedback.map(delivery => ({ ...delivery, entryId: id })),
      true,
    );
    return true;
  });
}

export async function linkShippedItem(
  tx: Knex.Transaction,
  entryIds: number[],
  roadmapItemId: number,
): Promise<number[]> {
  const ids = [...new Set(entryIds)];
  // Kept from being deleted until the shipment commits (see `deleteEntry`).
  const rows: { id: unknown; status: string }[] = await forKeyShare(
    tx,
    tx(ENTRIES).whereIn('id', ids).whereNull('deleted_at'),
  ).select('id', 'status');
  const published = new Map(
    rows.map(row => [Number(row.id), row.status === 'published']),
  );
  const found = new Set(published.keys());
  const missing = ids.filter(id => !found.has(id));
  if (missing.length) {
    throw new InputError(
      `Invalid body: changelogEntryIds: no changelog entry ${missing.join(
        ', ',
      )}`,
    );
  }
  if (ids.length) {
    await tx(ROADMAP)
      .insert(
        ids.map(entry_id => ({ entry_id, roadmap_item_id: roadmapItemId })),
      )
      .onConflict(['entry_id', 'roadmap_item_id'])
      .ignore();
  }
  return ids.sort(
    (a, b) => Number(published.get(b)) - Number(published.get(a)),
  );
}

async function mustExist(tx: Knex.Transaction, id: number) {
  if (!(await tx(ENTRIES).where({ id }).whereNull('deleted_at').first('id'))) {
    throw new NotFoundError(`No changelog entry with id ${id}`);
  }
}

async function writeLinks(
  tx: Knex.Transaction,
  id: number,
  fields: ChangelogFields,
) {
  if (fields.toolRefs.length) {
    await tx(TOOLS).insert(
      [...new Set(fields.toolRefs)].map(tool_ref => ({
        entry_id: id,
        tool_ref,
      })),
    );
  }
  if (fields.roadmapItemIds.length) {
    await tx(ROADMAP).insert(
      [...new Set(fields.roadmapItemIds)].map(roadmap_item_id => ({
        entry_id: id,
        roadmap_item_id,
      })),
    );
  }
}

/** Appends a revision with a snapshot of the entry as it is now. */
async function revise(
  tx: Knex.Transaction,
  id: number,
  action: ChangelogRevision['action'],
  actorRef: string,
  now: Date,
) {
  const entry = await tx(ENTRIES).where({ id }).first();
  await tx(REVISIONS).insert({
    entry_id: id,
    action,
    actor_ref: actorRef,
    snapshot: JSON.stringify(entry),
    created_at: now,
  });
}

function entryRow(fields: ChangelogFields) {
  return {
    title: fields.title,
    body: fields.body,
    category: fields.category,
    before_example: fields.before ?? null,
    after_example: fields.after ?? null,
    publish_at: fields.publishAt ?? null,
    early_access: fields.earlyAccess,
    early_access_until: fields.earlyAccessUntil ?? null,
  };
}
