// @ts-check

const CHAMPIONS = 'platform_product_champions';
const CRITERIA = 'platform_product_roadmap_criteria';

/**
 * Indexes that end in the tie-breaker of lists now paged by cursor, so a page "after this row"
 * starts with an index seek:
 *
 * - the champions roster, longest-standing first, all of it or active or alumni only;
 * - the roadmap's reviews due, oldest review date first.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(CHAMPIONS, table => {
    table.index(['since', 'id'], 'pp_champions_roster_idx');
    table.index(['status', 'since', 'id'], 'pp_champions_status_roster_idx');
  });
  await knex.schema.alterTable(CRITERIA, table => {
    table.dropIndex(['outcome', 'review_date'], 'pp_roadmap_criteria_due_idx');
    table.index(
      ['outcome', 'review_date', 'id'],
      'pp_roadmap_criteria_due_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable(CRITERIA, table => {
    table.dropIndex(
      ['outcome', 'review_date', 'id'],
      'pp_roadmap_criteria_due_idx',
    );
    table.index(['outcome', 'review_date'], 'pp_roadmap_criteria_due_idx');
  });
  await knex.schema.alterTable(CHAMPIONS, table => {
    table.dropIndex(
      ['status', 'since', 'id'],
      'pp_champions_status_roster_idx',
    );
    table.dropIndex(['since', 'id'], 'pp_champions_roster_idx');
  });
};
