// @ts-check

const NOTES = 'platform_product_research_notes';
const TEAMS = 'platform_product_research_teams';
const TOOLS = 'platform_product_research_tools';
const QUOTES = 'platform_product_research_quotes';

/**
 * The research log: notes of interviews, shadowing, office hours, demo days and support-ticket
 * reviews.
 *
 * - `interviewee_ref` is set only when the person agreed to be named (`agreed_to_be_named`);
 *   otherwise the note knows the teams only.
 * - `fields` holds the structured fields of the seed templates as JSON (friction points, tools
 *   used, pain points, surprises, assumptions, actions); the two counts have their own columns.
 * - Teams and tools are rows of their own, so a list filters by them with an index.
 * - Quotes have their own ids, kept across edits, so one quote can be a roadmap item's
 *   evidence (`platform_product_roadmap_evidence.source_part`); they go with their note.
 * - `(held_at, id)` orders the log, newest first, for keyset paging.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable(NOTES, table => {
    table.bigIncrements('id').primary();
    table.string('kind', 30).notNullable();
    table.string('title', 200).notNullable();
    table.timestamp('held_at', { useTz: true }).notNullable();
    table.boolean('agreed_to_be_named').notNullable().defaultTo(false);
    table.string('interviewee_ref', 255).nullable();
    table.integer('context_switches').nullable();
    table.integer('minutes_waiting').nullable();
    table.text('fields').notNullable();
    table.text('body').notNullable();
    table.string('author_ref', 255).notNullable();
    table.integer('version').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['held_at', 'id'], 'pp_research_notes_held_idx');
    table.index(['kind', 'held_at', 'id'], 'pp_research_notes_kind_idx');
    table.index(['author_ref'], 'pp_research_notes_author_idx');
  });
  for (const [name, column, index] of [
    [TEAMS, 'team_ref', 'pp_research_teams_ref_idx'],
    [TOOLS, 'tool_ref', 'pp_research_tools_ref_idx'],
  ]) {
    await knex.schema.createTable(name, table => {
      table
        .bigInteger('note_id')
        .notNullable()
        .references('id')
        .inTable(NOTES)
        .onDelete('CASCADE');
      table.string(column, 255).notNullable();
      table.primary(['note_id', column]);
      table.index([column, 'note_id'], index);
    });
  }
  await knex.schema.createTable(QUOTES, table => {
    table.bigIncrements('id').primary();
    table
      .bigInteger('note_id')
      .notNullable()
      .references('id')
      .inTable(NOTES)
      .onDelete('CASCADE');
    table.integer('position').notNullable();
    table.text('text').notNullable();
    table.index(['note_id', 'position'], 'pp_research_quotes_note_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable(QUOTES);
  await knex.schema.dropTable(TOOLS);
  await knex.schema.dropTable(TEAMS);
  await knex.schema.dropTable(NOTES);
};
