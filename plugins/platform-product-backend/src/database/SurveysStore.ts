import { NpsScore, Page } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { insertedId, lockKey } from './dialect';
import { repairAggregate } from './aggregates';
import { newCommentId } from './commentIds';
import { KeysetOrder, KeysetPage, keysetPage } from './keyset';

const SURVEYS = 'platform_product_surveys';
const ANSWERS = 'platform_product_survey_answers';
const ANSWER_TEAMS = 'platform_product_survey_answer_teams';
const TALLIES = 'platform_product_survey_tallies';
/**
 * Comments and exports: best scores first, then by the comment's random id, redrawn on every
 * write — never by time, and never by the respondent key, which stays the same when a person
 * changes their answer (a cursor or a position holding it would find a signed answer's author
 * again once they answer anonymously). Answers without a reason have no comment id and come
 * last within their score: signed ones by their author, then the anonymous ones, identical rows
 * — never in the database's row order, which follows the writes.
 */
const ANSWER_ORDER: KeysetOrder = {
  columns: ['score', 'comment_id'],
  direction: 'desc',
  bigintColumns: ['comment_id'],
};
/** Open surveys: closing soonest first. */
const OPEN_ORDER: KeysetOrder = {
  columns: [`${SURVEYS}.closes_at`, `${SURVEYS}.id`],
  direction: 'asc',
  dateColumns: [`${SURVEYS}.closes_at`],
};
const TALLY_COLUMNS = [
  'responses',
  'promoters',
  'passives',
  'detractors',
  'anonymous',
] as const;

export interface SurveyFields {
  title: string;
  question: string;
  toolRef?: string;
  teamRefs: string[];
  opensAt: Date;
  closesAt: Date;
}

export interface StoredSurvey extends SurveyFields {
  id: number;
  createdBy: string;
  responseCount: number;
  /** Of the answers, how many are anonymous (for the minimum group size rules). */
  anonymousCount: number;
}

export interface StoredAnswer {
  /** Set when the answer has a reason. */
  commentId?: number;
  score: number;
  reason?: string;
  userRef?: string;
  updatedAt: string;
}

/** An answer's comment as roadmap evidence: what and where, never who. */
export interface StoredSurveyComment {
  commentId: number;
  surveyId: number;
  surveyTitle: string;
  toolRef?: string;
  score: number;
  reason: string;
}

/**
 * Counts of answers per NPS category, and how many are anonymous (for the minimum group size
 * rules); the score itself is derived by `npsOf`.
 */
export type NpsCounts = Omit<NpsScore, 'nps'> & { anonymous: number };

/** SQL that adds up tallies; aliases match NpsCounts. */
function tallySums(db: Knex) {
  return TALLY_COLUMNS.map(column =>
    db.raw('coalesce(sum(??.??), 0) as ??', [TALLIES, column, column]),
  );
}

/**
 * The tally change of one answer: +1 (or -1) in its category, in anonymous if it is, and in
 * comments if it gives a reason.
 */
function tallyDelta(
  answer: { score: number; anonymous: boolean; comment: boolean },
  by: number,
) {
  return {
    responses: by,
    [categoryOf(answer.score)]: by,
    ...(answer.anonymous && { anonymous: by }),
    ...(answer.comment && { comments: by }),
  };
}

function categoryOf(score: number) {
  if (score >= 9) return 'promoters';
  return score >= 7 ? 'passives' : 'detractors';
}

function toCounts(row: any): NpsCounts {
  return {
    responses: Number(row?.responses ?? 0),
    promoters: Number(row?.promoters ?? 0),
    passives: Number(row?.passives ?? 0),
    detractors: Number(row?.detractors ?? 0),
    anonymous: Number(row?.anonymous ?? 0),
  };
}

/**
 * NPS survey campaigns and answers. One answer per (survey, respondent key), counted for one
 * team; tallies per (survey, team) are kept in the answer's transaction, and every figure is
 * read from them, never from the answers.
 */
export class SurveysStore {
  constructor(private readonly db: Knex) {}

  async create(
    fields: SurveyFields,
    createdBy: string,
    now: Date,
    tx: Knex | Knex.Transaction = this.db,
  ): Promise<number> {
    const rows = await tx(SURVEYS)
      .insert({
        ...toRow(fields),
        created_by: createdBy,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return insertedId(rows);
  }

  async update(id: number, fields: SurveyFields, now: Date): Promise<void> {
    await this.db(SURVEYS)
      .where({ id })
      .update({ ...toRow(fields), updated_at: now });
  }

  /** Closes the survey now, unless it closed already. */
  async close(id: number, now: Date): Promise<void> {
    await this.db(SURVEYS)
      .where({ id })
      .andWhere('closes_at', '>', now)
      .update({
        closes_at: now,
        opens_at: this.db.raw(
          'case when opens_at > ? then ? else opens_at end',
          [now, now],
        ),
        updated_at: now,
      });
  }

  async get(id: number): Promise<StoredSurvey | undefined> {
    const row = await this.withResponseCount(
      this.db(SURVEYS).where({ id }),
    ).first();
    return row && toSurvey(row);
  }

  /** A page of surveys, the latest to open first. */
  async list(page: {
    limit: number;
    offset: number;
  }): Promise<{ items: StoredSurvey[]; totalCount: number }> {
    const [rows, [{ count }]] = await Promise.all([
      this.withResponseCount(this.db(SURVEYS))
        .orderBy([
          { column: 'opens_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(page.limit)
        .offset(page.offset),
      this.db(SURVEYS).count({ count: '*' }),
    ]);
    return { items: rows.map(toSurvey), totalCount: Number(count) };
  }

  /** Surveys open at `now`, optionally only those about one tool. */
  /** Open surveys (of one tool), closing soonest first, a page at a time (after `cursor`). */
  async listOpen(
    now: Date,
    filter: { toolRef?: string } & KeysetPage,
  ): Promise<{ rows: StoredSurvey[]; nextCursor?: string }> {
    const query = this.db(SURVEYS)
      .where('opens_at', '<=', now)
      .andWhere('closes_at', '>', now);
    if (filter.toolRef) query.andWhere('tool_ref', filter.toolRef);
    const { rows, nextCursor } = await keysetPage<any>(
      this.withResponseCount(query),
      OPEN_ORDER,
      filter,
    );
    return { rows: rows.map(toSurvey), nextCursor };
  }

  /** Answers by the given (survey, respondent key) pairs, keyed by survey id. */
  async getAnswers(
    pairs: { surveyId: number; respondentKey: string }[],
  ): Promise<Map<number, StoredAnswer>> {
    if (!pairs.length) {
      return new Map();
    }
    const rows = await this.db(ANSWERS).where(query => {
      for (const { surveyId, respondentKey } of pairs) {
        query.orWhere({ survey_id: surveyId, respondent_key: respondentKey });
      }
    });
    return new Map(rows.map(row => [Number(row.survey_id), toAnswer(row)]));
  }

  /** Of the given (survey, respondent key) pairs, the respondent keys that answered. */
  async answeredKeys(
    pairs: { surveyId: number; respondentKey: string }[],
  ): Promise<Set<string>> {
    if (!pairs.length) {
      return new Set();
    }
    const keys = await this.db(ANSWERS)
      .whereIn(
        ['survey_id', 'respondent_key'],
        pairs.map(p => [p.surveyId, p.respondentKey]),
      )
      .pluck('respondent_key');
    return new Set(keys);
  }

  /** Sets the respondent's one answer, and the one team it counts for. */
  async answer(
    answer: {
      surveyId: number;
      respondentKey: string;
      userRef?: string;
      score: number;
      reason?: string;
      teamRef: string;
    },
    now: Date,
  ): Promise<void> {
    const key = {
      survey_id: answer.surveyId,
      respondent_key: answer.respondentKey,
    };
    await this.db.transaction(async tx => {
      await lockKey(tx, `survey\n${answer.surveyId}\n${answer.respondentKey}`);
      const before = await tx(ANSWERS)
        .join(ANSWER_TEAMS, {
          [`${ANSWER_TEAMS}.survey_id`]: `${ANSWERS}.survey_id`,
          [`${ANSWER_TEAMS}.respondent_key`]: `${ANSWERS}.respondent_key`,
        })
        .where({
          [`${ANSWERS}.survey_id`]: answer.surveyId,
          [`${ANSWERS}.respondent_key`]: answer.respondentKey,
        })
        .first(
          `${ANSWERS}.score`,
          `${ANSWERS}.user_ref`,
          `${ANSWERS}.reason`,
          'team_ref',
        );
      await tx(ANSWERS)
        .insert({
          ...key,
          user_ref: answer.userRef ?? null,
          score: answer.score,
          reason: answer.reason || null,
          comment_id: answer.reason ? newCommentId() : null,
          updated_at: now,
        })
        .onConflict(['survey_id', 'respondent_key'])
        .merge();
      await tx(ANSWER_TEAMS)
        .where(key)
        .whereNot('team_ref', answer.teamRef)
        .delete();
      await tx(ANSWER_TEAMS)
        .insert({ ...key, team_ref: answer.teamRef })
        .onConflict(['survey_id', 'team_ref', 'respondent_key'])
        .ignore();
      const changes = [
        ...(before
          ? [
              {
                team: before.team_ref as string,
                delta: tallyDelta(
                  {
                    score: Number(before.score),
                    anonymous: !before.user_ref,
                    comment: before.reason !== null,
                  },
                  -1,
                ),
              },
            ]
          : []),
        {
          team: answer.teamRef,
          delta: tallyDelta(
            {
              score: answer.score,
              anonymous: !answer.userRef,
              comment: !!answer.reason,
            },
            1,
          ),
        },
      ];
      await this.bumpTallies(tx, answer.surveyId, changes);
    });
  }

  /**
   * Recounts every tally from the answers and corrects drift (a bug or a hand edit); returns
   * how many were wrong. Blocks answers while it runs.
   */
  async repairTallies(): Promise<number> {
    return repairAggregate(this.db, {
      table: TALLIES,
      keys: ['survey_id', 'team_ref'],
      values: [...TALLY_COLUMNS, 'comments'],
      recount: tx =>
        tx(ANSWERS)
          .join(ANSWER_TEAMS, {
            [`${ANSWER_TEAMS}.survey_id`]: `${ANSWERS}.survey_id`,
            [`${ANSWER_TEAMS}.respondent_key`]: `${ANSWERS}.respondent_key`,
          })
          .groupBy(`${ANSWERS}.survey_id`, 'team_ref')
          .select(
            `${ANSWERS}.survey_id`,
            'team_ref',
            tx.raw('count(*) as responses'),
            tx.raw('sum(case when score >= 9 then 1 else 0 end) as promoters'),
            tx.raw(
              'sum(case when score between 7 and 8 then 1 else 0 end) as passives',
            ),
            tx.raw('sum(case when score <= 6 then 1 else 0 end) as detractors'),
            tx.raw(
              'sum(case when user_ref is null then 1 else 0 end) as anonymous',
            ),
            tx.raw(
              'sum(case when reason is not null then 1 else 0 end) as comments',
            ),
          ),
    });
  }

  /** Adds to the survey's tallies, team by team in a fixed order (no deadlock). */
  private async bumpTallies(
    tx: Knex.Transaction,
    surveyId: number,
    changes: { team: string; delta: Record<string, number> }[],
  ) {
    const byTeam = new Map<string, Record<string, number>>();
    for (const { team, delta } of changes) {
      const sum = byTeam.get(team) ?? {};
      for (const [column, by] of Object.entries(delta)) {
        sum[column] = (sum[column] ?? 0) + by;
      }
      byTeam.set(team, sum);
    }
    for (const team of [...byTeam.keys()].sort()) {
      const delta = byTeam.get(team)!;
      await tx(TALLIES)
        .insert({ survey_id: surveyId, team_ref: team, ...delta })
        .onConflict(['survey_id', 'team_ref'])
        .merge(
          Object.fromEntries(
            Object.entries(delta).map(([column, by]) => [
              column,
              tx.raw('??.?? + ?', [TALLIES, column, by]),
            ]),
          ),
        );
    }
  }

  /** NPS counts of a survey's answers, from its tallies. */
  async countOverall(surveyId: number): Promise<NpsCounts> {
    const row = await this.db(TALLIES)
      .where({ survey_id: surveyId })
      .select(tallySums(this.db))
      .first();
    return toCounts(row);
  }

  /** NPS counts per team the answers count for (disjoint), from the tallies. */
  async countByTeam(surveyId: number): Promise<Map<string, NpsCounts>> {
    const rows = await this.db(TALLIES)
      .where({ survey_id: surveyId })
      .andWhere('responses', '>', 0);
    return new Map(rows.map(row => [row.team_ref, toCounts(row)]));
  }

  /**
   * NPS counts of the latest `limit` surveys opened by `now` about one tool, or about the
   * platform as a whole when `toolRef` is unset; in closing order.
   */
  async countPerSurvey(
    now: Date,
    limit: number,
    toolRef?: string,
  ): Promise<(NpsCounts & { survey: StoredSurvey })[]> {
    // Pick the surveys first, so that only their answers are aggregated.
    const latest = this.db(SURVEYS)
      .where('opens_at', '<=', now)
      .andWhere('tool_ref', toolRef ?? null)
      .orderBy('closes_at', 'desc')
      .limit(limit)
      .select('id');
    const rows = await this.db(SURVEYS)
      .leftJoin(TALLIES, `${TALLIES}.survey_id`, `${SURVEYS}.id`)
      .whereIn(`${SURVEYS}.id`, latest)
      .groupBy(`${SURVEYS}.id`)
      .select(`${SURVEYS}.*`, ...tallySums(this.db))
      .orderBy(`${SURVEYS}.closes_at`, 'asc');
    return rows.map(toSurveyCounts);
  }

  /** NPS counts of every survey about a tool opened by `now`, in closing order. */
  async countPerToolSurvey(
    now: Date,
  ): Promise<(NpsCounts & { survey: StoredSurvey })[]> {
    const rows = await this.db(SURVEYS)
      .leftJoin(TALLIES, `${TALLIES}.survey_id`, `${SURVEYS}.id`)
      .whereNotNull(`${SURVEYS}.tool_ref`)
      .andWhere(`${SURVEYS}.opens_at`, '<=', now)
      .groupBy(`${SURVEYS}.id`)
      .select(`${SURVEYS}.*`, ...tallySums(this.db))
      .orderBy(`${SURVEYS}.closes_at`, 'asc');
    return rows.map(toSurveyCounts);
  }

  /**
   * One page of a survey's "why" comments (after `cursor`, if given, through the partial index
   * on them), ordered by score and then by the random comment id: never by time nor by
   * respondent, so neither the order nor a cursor says who answered when, or links a person's
   * signed answer to their later anonymous one. Their number comes from the tallies.
   */
  async listComments(
    surveyId: number,
    page: KeysetPage,
  ): Promise<Page<StoredAnswer>> {
    const [{ rows, nextCursor }, total] = await Promise.all([
      keysetPage(
        this.db(ANSWERS).where({ survey_id: surveyId }).whereNotNull('reason'),
        ANSWER_ORDER,
        page,
      ),
      this.db(TALLIES)
        .where({ survey_id: surveyId })
        .sum({ comments: 'comments' })
        .first(),
    ]);
    return {
      items: rows.map(toAnswer),
      totalCount: Number(total?.comments ?? 0),
      nextCursor,
    };
  }

  /**
   * The current answer comments among `ids`, with their survey's id, title and tool: never who
   * wrote them nor their team.
   */
  async commentsByIds(
    ids: number[],
  ): Promise<Map<number, StoredSurveyComment>> {
    if (!ids.length) return new Map();
    const rows = await this.db(ANSWERS)
      .join(SURVEYS, `${SURVEYS}.id`, `${ANSWERS}.survey_id`)
      .whereIn(`${ANSWERS}.comment_id`, ids)
      .select(
        `${ANSWERS}.comment_id`,
        `${ANSWERS}.survey_id`,
        `${ANSWERS}.score`,
        `${ANSWERS}.reason`,
        `${SURVEYS}.title`,
        `${SURVEYS}.tool_ref`,
      );
    return new Map(
      rows.map(row => [
        Number(row.comment_id),
        {
          commentId: Number(row.comment_id),
          surveyId: Number(row.survey_id),
          surveyTitle: row.title,
          toolRef: row.tool_ref ?? undefined,
          score: Number(row.score),
          reason: row.reason,
        },
      ]),
    );
  }

  /**
   * Every answer of a survey, for export, in the same time-free order as the comments; those
   * without a reason (no comment id) last within their score, signed ones by author and then the
   * anonymous ones, on every database.
   */
  async listAnswers(surveyId: number): Promise<StoredAnswer[]> {
    const rows = await this.db(ANSWERS)
      .where({ survey_id: surveyId })
      .orderBy('score', 'desc')
      .orderByRaw('(?? is null)', ['comment_id'])
      .orderBy('comment_id', 'desc')
      .orderByRaw('(?? is null)', ['user_ref'])
      .orderBy('user_ref');
    return rows.map(toAnswer);
  }

  private withResponseCount(query: Knex.QueryBuilder) {
    const sumOf = (column: string) =>
      this.db(TALLIES)
        .whereRaw('??.survey_id = ??.id', [TALLIES, SURVEYS])
        .sum(column);
    return query.select(
      `${SURVEYS}.*`,
      sumOf('responses').as('response_count'),
      sumOf('anonymous').as('anonymous_count'),
    );
  }
}

function toRow(fields: SurveyFields) {
  return {
    title: fields.title,
    question: fields.question,
    tool_ref: fields.toolRef ?? null,
    team_refs: JSON.stringify(fields.teamRefs),
    opens_at: fields.opensAt,
    closes_at: fields.closesAt,
  };
}

/** A survey row joined with its summed tallies (`tallySums`): its NPS counts and itself. */
function toSurveyCounts(row: any): NpsCounts & { survey: StoredSurvey } {
  return {
    ...toCounts(row),
    survey: toSurvey({
      ...row,
      response_count: row.responses,
      anonymous_count: row.anonymous,
    }),
  };
}

function toSurvey(row: any): StoredSurvey {
  return {
    id: Number(row.id),
    title: row.title,
    question: row.question,
    toolRef: row.tool_ref ?? undefined,
    teamRefs: JSON.parse(row.team_refs),
    opensAt: new Date(row.opens_at),
    closesAt: new Date(row.closes_at),
    createdBy: row.created_by,
    responseCount: Number(row.response_count ?? 0),
    anonymousCount: Number(row.anonymous_count ?? 0),
  };
}

function toAnswer(row: any): StoredAnswer {
  return {
    commentId: row.comment_id === null ? undefined : Number(row.comment_id),
    score: Number(row.score),
    reason: row.reason ?? undefined,
    userRef: row.user_ref ?? undefined,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
