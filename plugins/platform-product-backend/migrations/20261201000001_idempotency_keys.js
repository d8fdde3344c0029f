// @ts-check

/**
 * The `Idempotency-Key`s of creates (see docs/architecture.md, "Exactly once"): one row per
 * scope (`feedback`, `changelog`, …) and key, written in the create's own transaction, so that a
 * retried request answers with the resource the first one created instead of creating another.
 * `key_hash` is a keyed hash of the scope, the caller and their key: no user ref is stored, and
 * an anonymous feedback item stays unlinkable to its author. Rows older than a week are deleted.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('platform_product_idempotency_keys', table => {
    table.string('scope', 50).notNullable();
    table.string('key_hash', 64).notNullable();
    table
      .string('request_hash', 64)
      .notNullable()
      .comment(
        'Keyed hash of the request body: the same key with another body is a 409',
      );
    table
      .bigInteger('resource_id')
      .nullable()
      .comment('Set in the transaction that inserts the row');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.primary(['scope', 'key_hash']);
    table.index(['created_at'], 'pp_idempotency_keys_created_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_product_idempotency_keys');
};
