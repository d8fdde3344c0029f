// @ts-check

const DIGESTS = 'platform_product_digests';
const SETTINGS = 'platform_product_digest_settings';

/**
 * The weekly digest:
 *
 * - `platform_product_digests`: one row per person and week (primary key on both). A sender
 *   inserts the row to claim the person before sending; a second replica or a re-run finds it
 *   and sends nothing. `outcome` is null while the send is under way, then `sent`, `empty`
 *   (nothing to say) or `muted` (the person turned the digest off).
 * - `platform_product_digest_settings`: a person's own choice to receive it (default: yes, no row).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(DIGESTS, table => {
    table
      .string('week', 10)
      .notNullable()
      .comment('YYYY-MM-DD, local send day');
    table.string('user_ref', 255).notNullable();
    table.string('outcome', 20).nullable();
    table.timestamp('claimed_at', { useTz: true }).notNullable();
    table.timestamp('completed_at', { useTz: true }).nullable();
    table.primary(['week', 'user_ref']);
  });
  await knex.schema.createTable(SETTINGS, table => {
    table.string('user_ref', 255).primary();
    table.boolean('enabled').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(SETTINGS);
  await knex.schema.dropTable(DIGESTS);
};
