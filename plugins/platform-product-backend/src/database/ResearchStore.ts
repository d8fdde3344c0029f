import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Page,
  ResearchNote,
  ResearchNoteSummary,
} from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { insertedId } from './dialect';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';
import { whereTitleHasWords } from './titleSearch';

const NOTES = 'platform_product_research_notes';
const TEAMS = 'platform_product_research_teams';
const TOOLS = 'platform_product_research_tools';
const QUOTES = 'platform_product_research_quotes';

/** The log, newest research first. */
const NEWEST_FIRST: KeysetOrder = {
  columns: [`${NOTES}.held_at`, `${NOTES}.id`],
  direction: 'desc',
  dateColumns: [`${NOTES}.held_at`],
};

/** What a note is made of; quotes with an `id` keep it (and the evidence linked to them). */
export type ResearchNoteFields = Omit<
  ResearchNote,
  'id' | 'date' | 'quotes' | 'authorRef' | 'createdAt' | 'updatedAt' | 'version'
> & { date: Date; quotes: { id?: number; text: string }[] };

/** The structured fields kept as JSON in `fields`. */
const JSON_FIELDS = [
  'frictionPoints',
  'toolsUsed',
  'painPoints',
  'surprises',
  'assumptions',
  'actions',
] as const;

/** Filters of the log; `authorRef` narrows it to one author's notes, `q` searches titles. */
export interface ResearchFilter {
  kind?: string;
  q?: string;
  teamRef?: string;
  toolRef?: string;
  authorRef?: string;
}

/** A note as roadmap evidence reads it: who and what it is about, and its quotes. */
export interface ResearchAsEvidence {
  id: number;
  kind: ResearchNote['kind'];
  title: string;
  teamRefs: string[];
  intervieweeRef?: string;
  /** Whether the note validated one of the assumptions it checked. */
  validatedAssumption: boolean;
  quotes: Map<number, string>;
}

/** What search indexes of a note. */
export interface ResearchSearchText {
  id: number;
  kind: ResearchNote['kind'];
  title: string;
  date: string;
  body: string;
  quotes: string[];
}

/**
 * The research log: notes with their teams, tools and quotes. Teams, tools and quotes go with
 * their note (the foreign keys cascade).
 */
export class ResearchStore {
  constructor(private readonly db: Knex) {}

  /** Creates a note, in `tx` when given (e.g. the one that records an idempotency key). */
  async create(
    fields: ResearchNoteFields,
    authorRef: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    return tx.transaction(async trx => {
      const rows = await trx(NOTES)
        .insert({
          ...noteRow(fields),
          author_ref: authorRef,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      const id = insertedId(rows);
      await writeRefs(trx, id, fields);
      await writeQuotes(trx, id, fields.quotes);
      return id;
    });
  }

  /**
   * Replaces a note's fields when it is still at `version`: 404 when there is no such note, 409
   * when someone changed it meanwhile. Quotes keep their ids by `id`; a quote id of another
   * note is a new quote.
   */
  async update(
    id: number,
    version: number,
    fields: ResearchNoteFields,
    now: Date,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const updated = await tx(NOTES)
        .where({ id, version })
        .update({ ...noteRow(fields), version: version + 1, updated_at: now });
      if (!updated) {
        if (!(await tx(NOTES).where({ id }).first('id'))) {
          throw new NotFoundError(`No research note with id ${id}`);
        }
        throw new ConflictError(
          `Research note ${id} was changed by someone else; reload it`,
        );
      }
      await tx(TEAMS).where({ note_id: id }).delete();
      await tx(TOOLS).where({ note_id: id }).delete();
      await writeRefs(tx, id, fields);
      await writeQuotes(tx, id, fields.quotes);
    });
  }

  /** Deletes a note; false when there is none. */
  async delete(id: number): Promise<boolean> {
    return (await this.db(NOTES).where({ id }).delete()) > 0;
  }

  async get(id: number): Promise<ResearchNote | undefined> {
    const row = await this.db(NOTES).where({ id }).first();
    if (!row) return undefined;
    const [refs, quotes] = await Promise.all([
      this.refsOf([id]),
      this.db(QUOTES).where({ note_id: id }).orderBy('position'),
    ]);
    return {
      ...toSummaryFields(row, refs),
      ...JSON.parse(row.fields),
      agreedToBeNamed: Boolean(row.agreed_to_be_named),
      ...(row.interviewee_ref && { intervieweeRef: row.interviewee_ref }),
      ...(row.context_switches !== null && {
        contextSwitches: Number(row.context_switches),
      }),
      ...(row.minutes_waiting !== null && {
        minutesWaiting: Number(row.minutes_waiting),
      }),
      quotes: quotes.map(q => ({ id: Number(q.id), text: q.text })),
      body: row.body,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      version: Number(row.version),
    };
  }

  /** A page of the log, newest research first, filtered in SQL. */
  async list(
    filter: ResearchFilter & KeysetPage,
  ): Promise<Page<ResearchNoteSummary>> {
    const matches = () => {
      const query = whereTitleHasWords(this.db(NOTES), 'title', filter.q);
      if (filter.kind) query.where(`${NOTES}.kind`, filter.kind);
      if (filter.authorRef) query.where('author_ref', filter.authorRef);
      if (filter.teamRef) {
        query.whereIn(
          `${NOTES}.id`,
          this.db(TEAMS).where('team_ref', filter.teamRef).select('note_id'),
        );
      }
      if (filter.toolRef) {
        query.whereIn(
          `${NOTES}.id`,
          this.db(TOOLS).where('tool_ref', filter.toolRef).select('note_id'),
        );
      }
      return query;
    };
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage<any>(matches().select(`${NOTES}.*`), NEWEST_FIRST, filter),
      cappedCount(this.db, matches().select(`${NOTES}.id`)),
    ]);
    const ids = rows.map(row => Number(row.id));
    const [refs, quoteCounts] = await Promise.all([
      this.refsOf(ids),
      this.db(QUOTES)
        .whereIn('note_id', ids)
        .groupBy('note_id')
        .select('note_id')
        .count({ count: '*' }) as Promise<
        { note_id: number; count: number | string }[]
      >,
    ]);
    const counts = new Map(
      quoteCounts.map(c => [Number(c.note_id), Number(c.count)]),
    );
    return {
      items: rows.map(row => ({
        ...toSummaryFields(row, refs),
        quoteCount: counts.get(Number(row.id)) ?? 0,
      })),
      ...total,
      nextCursor,
    };
  }

  /** The notes among `ids` that exist, with their teams, interviewee and quotes. */
  async asEvidence(ids: number[]): Promise<Map<number, ResearchAsEvidence>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const [rows, refs, quotes] = await Promise.all([
      this.db(NOTES)
        .whereIn('id', unique)
        .select('id', 'kind', 'title', 'interviewee_ref', 'fields'),
      this.refsOf(unique),
      this.db(QUOTES)
        .whereIn('note_id', unique)
        .select('id', 'note_id', 'text'),
    ]);
    return new Map(
      rows.map(row => {
        const id = Number(row.id);
        return [
          id,
          {
            id,
            kind: row.kind,
            title: row.title,
            teamRefs: refs.teams.get(id) ?? [],
            ...(row.interviewee_ref && { intervieweeRef: row.interviewee_ref }),
            validatedAssumption: (
              JSON.parse(row.fields) as Pick<ResearchNote, 'assumptions'>
            ).assumptions.some(a => a.result === 'validated'),
            quotes: new Map(
              quotes
                .filter(q => Number(q.note_id) === id)
                .map(q => [Number(q.id), q.text]),
            ),
          },
        ];
      }),
    );
  }

  /**
   * The interviewees of the notes among `ids` who agreed to be named, read in `tx` (the
   * transition that closes the loop); nobody else is stored by name.
   */
  async namedIntervieweesOf(
    tx: Knex.Transaction,
    ids: number[],
  ): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await tx(NOTES)
      .whereIn('id', [...new Set(ids)])
      .where('agreed_to_be_named', true)
      .whereNotNull('interviewee_ref')
      .select('interviewee_ref');
    return rows.map(row => row.interviewee_ref);
  }

  /** A page of every note's searchable text (title, body, quotes), newest research first. */
  async searchPage(
    page: KeysetPage,
  ): Promise<{ items: ResearchSearchText[]; nextCursor?: string }> {
    const { rows, nextCursor } = await keysetPage<any>(
      this.db(NOTES).select('id', 'kind', 'title', 'held_at', 'body'),
      NEWEST_FIRST,
      page,
    );
    const quotes = await this.db(QUOTES)
      .whereIn(
        'note_id',
        rows.map(row => row.id),
      )
      .orderBy(['note_id', 'position']);
    const texts = group(quotes, 'text');
    return {
      items: rows.map(row => ({
        id: Number(row.id),
        kind: row.kind,
        title: row.title,
        date: new Date(row.held_at).toISOString(),
        body: row.body,
        quotes: texts.get(Number(row.id)) ?? [],
      })),
      nextCursor,
    };
  }

  /** The teams and tools of the notes, by note id. */
  private async refsOf(ids: number[]) {
    const [teams, tools] = await Promise.all([
      this.db(TEAMS).whereIn('note_id', ids).orderBy('team_ref'),
      this.db(TOOLS).whereIn('note_id', ids).orderBy('tool_ref'),
    ]);
    return {
      teams: group(teams, 'team_ref'),
      tools: group(tools, 'tool_ref'),
    };
  }
}

function noteRow(fields: ResearchNoteFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    held_at: fields.date,
    agreed_to_be_named: fields.agreedToBeNamed,
    interviewee_ref: fields.agreedToBeNamed
      ? fields.intervieweeRef ?? null
      : null,
    context_switches: fields.contextSwitches ?? null,
    minutes_waiting: fields.minutesWaiting ?? null,
    fields: JSON.stringify(
      Object.fromEntries(JSON_FIELDS.map(name => [name, fields[name]])),
    ),
    body: fields.body,
  };
}

async function writeRefs(
  tx: Knex.Transaction,
  id: number,
  fields: Pick<ResearchNoteFields, 'teamRefs' | 'toolRefs'>,
) {
  const teams = [...new Set(fields.teamRefs)];
  const tools = [...new Set(fields.toolRefs)];
  if (teams.length) {
    await tx(TEAMS).insert(teams.map(ref => ({ note_id: id, team_ref: ref })));
  }
  if (tools.length) {
    await tx(TOOLS).insert(tools.map(ref => ({ note_id: id, tool_ref: ref })));
  }
}

/**
 * Writes the note's quotes in order: a quote with the id of one of the note's quotes keeps that
 * id; the note's other quotes are deleted.
 */
async function writeQuotes(
  tx: Knex.Transaction,
  noteId: number,
  quotes: ResearchNoteFields['quotes'],
) {
  const existing = new Set(
    (await tx(QUOTES).where({ note_id: noteId }).select('id')).map(q =>
      Number(q.id),
    ),
  );
  const kept = quotes.filter(q => q.id !== undefined && existing.has(q.id));
  await tx(QUOTES)
    .where({ note_id: noteId })
    .whereNotIn(
      'id',
      kept.map(q => q.id!),
    )
    .delete();
  for (const [position, quote] of quotes.entries()) {
    if (quote.id !== undefined && existing.has(quote.id)) {
      await tx(QUOTES)
        .where({ id: quote.id })
        .update({ position, text: quote.text });
    } else {
      await tx(QUOTES).insert({ note_id: noteId, position, text: quote.text });
    }
  }
}

function group(rows: any[], column: string): Map<number, string[]> {
  const byNote = new Map<number, string[]>();
  for (const row of rows) {
    const id = Number(row.note_id);
    byNote.set(id, [...(byNote.get(id) ?? []), row[column]]);
  }
  return byNote;
}

function toSummaryFields(
  row: any,
  refs: { teams: Map<number, string[]>; tools: Map<number, string[]> },
) {
  const id = Number(row.id);
  return {
    id,
    kind: row.kind,
    title: row.title,
    date: new Date(row.held_at).toISOString(),
    teamRefs: refs.teams.get(id) ?? [],
    toolRefs: refs.tools.get(id) ?? [],
    authorRef: row.author_ref,
  };
}
