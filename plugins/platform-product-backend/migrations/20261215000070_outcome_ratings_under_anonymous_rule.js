// @ts-check

const OUTCOMES = 'platform_product_roadmap_outcomes';

/**
 * Outcome decisions taken before 20261215000050 stored their tools' rating figures under the
 * old rule (from the minimum group size of ratings on, whatever part of them was anonymous), so
 * a stored figure may hold some but fewer than the minimum of anonymous ratings next to signed
 * ones that can be read one by one. Their rating figures are cleared, as the snapshots of those
 * days show no rating either; adoption figures, decision, reason and evidence stay.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const rows = await knex(OUTCOMES).select('item_id', 'measured');
  for (const row of rows) {
    const measured = JSON.parse(row.measured);
    for (const tool of measured.tools ?? []) {
      for (const figures of [tool.before, tool.after]) {
        if (figures)
          Object.assign(figures, { ratingAverage: null, ratingCount: null });
      }
    }
    await knex(OUTCOMES)
      .where({ item_id: row.item_id })
      .update({ measured: JSON.stringify(measured) });
  }
};

/** The cleared figures are not restored: they should not have been shown. */
exports.down = async function down() {};
