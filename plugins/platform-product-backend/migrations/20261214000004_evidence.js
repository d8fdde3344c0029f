// @ts-check

const EVIDENCE = 'platform_product_roadmap_evidence';

/**
 * Evidence behind roadmap items: what people said (a feedback item today; rating and survey
 * comments and research notes later), linked to the item it supports.
 *
 * - A source is named by its kind and its id within that kind (`source_id` is a string, so a
 *   kind whose rows have composite or non-numeric keys fits too); `source_part` names a part
 *   of the source, e.g. one quote of a research note (0 = the whole source).
 * - A source is linked to an item once: unique `(roadmap_item_id, source_kind, source_id,
 *   source_part)`; `(source_kind, source_id)` finds the items a source supports.
 * - `linked_by` and `linked_at`: the maintainer who made the link, and when. Links go with
 *   their roadmap item.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(EVIDENCE, table => {
    table.bigIncrements('id').primary();
    table
      .bigInteger('roadmap_item_id')
      .notNullable()
      .references('id')
      .inTable('platform_product_roadmap_items')
      .onDelete('CASCADE');
    table.string('source_kind', 20).notNullable();
    table.string('source_id', 64).notNullable();
    table.integer('source_part').notNullable().defaultTo(0);
    table.string('linked_by', 255).notNullable();
    table.timestamp('linked_at', { useTz: true }).notNullable();
    table.unique(
      ['roadmap_item_id', 'source_kind', 'source_id', 'source_part'],
      { indexName: 'pp_roadmap_evidence_link_uq' },
    );
    table.index(['source_kind', 'source_id'], 'pp_roadmap_evidence_source_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(EVIDENCE);
};
