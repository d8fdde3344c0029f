import { z } from 'zod';

/** A full, lower- or mixed-case entity ref: `kind:namespace/name`. */
const ENTITY_REF = /^[a-z0-9-_.]+:[a-z0-9-_.]+\/[a-z0-9-_.]+$/i;

export const entityRefSchema = z
  .string()
  .trim()
  .max(255)
  .regex(ENTITY_REF, 'must be an entity ref like component:default/name')
  .transform(ref => ref.toLocaleLowerCase('en-US'));

const CONTROL_CHARACTERS = 'must not contain control characters';
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;
// eslint-disable-next-line no-control-regex
const LINES = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/**
 * One line of free text (a title, a name), trimmed: no control characters at all (U+0000 to
 * U+001F, U+007F). PostgreSQL cannot store NUL, and XML feeds cannot carry most of the others.
 */
function singleLineText() {
  return z.string().trim().regex(ONE_LINE, CONTROL_CHARACTERS);
}

/** Free text over several lines (markdown, a reason), trimmed: tabs and line breaks only. */
function multiLineText() {
  return z.string().trim().regex(LINES, CONTROL_CHARACTERS);
}

const DATE_MESSAGE = 'must be an ISO date between 1970 and 9999';
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether `value` is a real calendar date (and time) in ISO 8601 form, from 1970 to 9999. */
function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] =
    match.slice(1).map(part => Number(part ?? 0));
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapDay =
    month === 2 &&
    day === 29 &&
    (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0));
  const time = Date.parse(value);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    !leapDay &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59 &&
    time >= EARLIEST &&
    time <= LATEST
  );
}

/**
 * A date in a body, as JSON carries it: an ISO 8601 date (`2026-12-01`, midnight UTC) or
 * date-time with `Z` or an offset (`2026-12-01T09:30:00+01:00`), in the years 1970 to 9999.
 * Parsed to a Date. Anything else (numbers, booleans, `null`, other formats) is refused.
 */
export const isoDateSchema = z
  .string(DATE_MESSAGE)
  .refine(isIsoDate, DATE_MESSAGE)
  .transform(value => new Date(value));

/** Query of `GET /tools/adoption`: optionally a subset of tools. */
export const adoptionQuerySchema = z.object({
  toolRef: z
    .preprocess(
      v => (typeof v === 'string' ? [v] : v),
      z.array(entityRefSchema).min(1),
    )
    .optional(),
});
export type AdoptionQuery = z.infer<typeof adoptionQuerySchema>;

/** Body of `PUT /ratings`: set (or replace) the caller's rating of a tool. */
export const ratingInputSchema = z.object({
  toolRef: entityRefSchema,
  stars: z.number().int('must be a whole number').min(1).max(5),
  comment: multiLineText().max(2000).optional(),
  anonymous: z.boolean().default(false),
});
export type RatingInput = z.input<typeof ratingInputSchema>;

/** Query of `GET /ratings` and `DELETE /ratings`: one tool. */
export const toolQuerySchema = z.object({
  toolRef: entityRefSchema,
});

/** Query of `GET /ratings/prompt`: any tool the caller used, or only this one. */
export const ratingPromptQuerySchema = toolQuerySchema.partial();

/** Body of `POST /ratings/prompt/dismiss`. */
export const ratingPromptDismissSchema = toolQuerySchema;

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
/**
 * Keyset paging: `cursor` is a previous page's `nextCursor` ("after this row"), so a deep page
 * costs what a first page costs; `offset` then counts from the cursor.
 */
const keysetPaging = {
  ...paging,
  cursor: z
    .string()
    .max(500)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a nextCursor from a previous page')
    .optional(),
};
/** Ids are PostgreSQL `integer`s. */
const MAX_ID = 2_147_483_647;
/** A positive integer id in a body, e.g. `{ "intoId": 12 }`: a JSON number. */
const idSchema = z
  .number('must be a positive id')
  .int('must be a whole number')
  .positive('must be a positive id')
  .max(MAX_ID, `must be at most ${MAX_ID}`);
/** An id in a path or a query, e.g. `/feedback/12`: digits only. */
const idParamSchema = z
  .string('must be a positive id')
  .regex(/^\d+$/, 'must be a positive id')
  .transform(Number)
  .pipe(idSchema);
/**
 * `q` of the lists a picker searches: words of the title, each matched anywhere in it (case
 * folded), in any order; the three longest words count. At most 100 characters.
 */
const titleSearch = {
  q: singleLineText().max(100).optional(),
};
const booleanQuery = z
  .enum(['true', 'false'])
  .transform(v => v === 'true')
  .optional();

/** Path of every `/…/:id` route. */
export const idPathSchema = z.object({ id: idParamSchema });

export const feedbackKinds = ['feedback', 'idea'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/** Statuses of a feedback item; `merged` is only ever set by merging it into another item. */
export const feedbackStatuses = [
  'new',
  'acknowledged',
  'planned',
  'shipped',
  'declined',
  'merged',
] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/** Which status a maintainer may move an item to from each status. */
export const feedbackTransitions: Record<FeedbackStatus, FeedbackStatus[]> = {
  new: ['acknowledged', 'planned', 'declined'],
  acknowledged: ['planned', 'declined'],
  planned: ['shipped', 'declined', 'acknowledged'],
  shipped: ['planned'],
  declined: ['acknowledged'],
  merged: [],
};

/** Body of `POST /feedback`: a new piece of feedback or an idea about a tool. */
export const feedbackInputSchema = z.object({
  toolRef: entityRefSchema,
  kind: z.enum(feedbackKinds).default('feedback'),
  title: singleLineText().min(1, 'is required').max(200),
  body: multiLineText().max(10_000).default(''),
  anonymous: z.boolean().default(false),
});
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

/** At most this many tags on one feedback item. */
export const FEEDBACK_TAGS_MAX = 10;

/** A tag on a feedback item: one short line, stored lower-case; no commas (lists use them). */
export const feedbackTagSchema = singleLineText()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .regex(/^[^,]*$/, 'must not contain a comma')
  .transform(tag => tag.toLocaleLowerCase('en-US').replace(/\s+/g, ' '));

/** Query of `GET /feedback`: the inbox, filtered, sorted and paged on the server. */
export const feedbackQuerySchema = z.object({
  toolRef: entityRefSchema.optional(),
  status: z
    .preprocess(
      v => (typeof v === 'string' ? v.split(',') : v),
      z.array(z.enum(feedbackStatuses)).min(1),
    )
    .optional(),
  /** Only items at least this many days old. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Only items at most this many days old. */
  maxAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Only the caller's own items. */
  mine: booleanQuery,
  /** Only items assigned to this maintainer. */
  assigneeRef: entityRefSchema.optional(),
  /** Only items assigned to nobody. */
  unassigned: booleanQuery,
  /** Only items with this tag. */
  tag: feedbackTagSchema.optional(),
  ...titleSearch,
  sort: z.enum(['votes', 'newest', 'oldest']).default('votes'),
  ...keysetPaging,
});
export type FeedbackQuery = z.input<typeof feedbackQuerySchema>;

/**
 * Body of `POST /feedback/:id/status`. `expectedStatus` is the status the maintainer saw: the
 * change applies only if the item is still in it (else 409). Planned may link a roadmap item and
 * shipped a changelog entry (by id; both must exist); declined needs a reason.
 */
export const feedbackStatusInputSchema = z
  .object({
    status: z.enum(['acknowledged', 'planned', 'shipped', 'declined']),
    expectedStatus: z.enum(feedbackStatuses, 'is required: the status you saw'),
    roadmapItemId: idSchema.optional(),
    changelogEntryId: idSchema.optional(),
    reason: multiLineText().max(2000).optional(),
  })
  .superRefine(checkStatusChange);
export type FeedbackStatusInput = z.input<typeof feedbackStatusInputSchema>;

/** A status change's links and reason must fit its status. */
function checkStatusChange(
  input: {
    status: string;
    roadmapItemId?: number;
    changelogEntryId?: number;
    reason?: string;
  },
  ctx: z.RefinementCtx,
) {
  if (input.status === 'declined' && !input.reason) {
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: 'is required when declining',
    });
  }
  if (input.roadmapItemId && input.status !== 'planned') {
    ctx.addIssue({
      code: 'custom',
      path: ['roadmapItemId'],
      message: 'only applies to planned',
    });
  }
  if (input.changelogEntryId && input.status !== 'shipped') {
    ctx.addIssue({
      code: 'custom',
      path: ['changelogEntryId'],
      message: 'only applies to shipped',
    });
  }
}

/** At most this many items change status in one `POST /feedback/bulk-status`. */
export const FEEDBACK_BULK_MAX = 50;

/**
 * Body of `POST /feedback/bulk-status`: one status change for several items, each with the status
 * the maintainer saw (the same 409 rule as a single change, item by item).
 */
export const feedbackBulkStatusInputSchema = z
  .object({
    items: z
      .array(
        z.object({
          id: idSchema,
          expectedStatus: z.enum(
            feedbackStatuses,
            'is required: the status you saw',
          ),
        }),
      )
      .min(1, 'select at least one item')
      .max(FEEDBACK_BULK_MAX, `at most ${FEEDBACK_BULK_MAX} items at a time`)
      .refine(
        items => new Set(items.map(i => i.id)).size === items.length,
        'must not list an item twice',
      ),
    status: z.enum(['acknowledged', 'planned', 'shipped', 'declined']),
    roadmapItemId: idSchema.optional(),
    changelogEntryId: idSchema.optional(),
    reason: multiLineText().max(2000).optional(),
  })
  .superRefine(checkStatusChange);
export type FeedbackBulkStatusInput = z.input<
  typeof feedbackBulkStatusInputSchema
>;

/** Body of `PUT /feedback/:id/tags`: the item's tags, replacing the ones it had. */
export const feedbackTagsInputSchema = z.object({
  tags: z
    .array(feedbackTagSchema)
    .max(FEEDBACK_TAGS_MAX, `at most ${FEEDBACK_TAGS_MAX} tags`)
    .transform(tags => [...new Set(tags)].sort()),
});

/** Body of `PUT /feedback/:id/assignee`: a maintainer (a user); `DELETE` assigns nobody. */
export const feedbackAssigneeInputSchema = z.object({
  assigneeRef: entityRefSchema.refine(
    ref => ref.startsWith('user:'),
    'must be a user',
  ),
});

/** Body of `POST /feedback/:id/replies`. */
export const feedbackReplyInputSchema = z.object({
  body: multiLineText().min(1, 'is required').max(10_000),
});

/** How many similar items `GET /feedback/similar` suggests at most. */
export const SIMILAR_FEEDBACK_MAX = 5;
/** Characters of a title before similar items are worth looking for. */
export const SIMILAR_FEEDBACK_MIN_TITLE = 4;

/**
 * Query of `GET /feedback/similar`: open items about the tool whose titles share words with
 * `title`, most words in common first; `excludeId` leaves out the item being merged.
 */
export const similarFeedbackQuerySchema = z.object({
  toolRef: entityRefSchema,
  title: singleLineText().min(SIMILAR_FEEDBACK_MIN_TITLE).max(200),
  excludeId: idParamSchema.optional(),
  limit: z.coerce.number().int().min(1).max(SIMILAR_FEEDBACK_MAX).default(5),
});
export type SimilarFeedbackQuery = z.input<typeof similarFeedbackQuerySchema>;

/** Body of `POST /feedback/:id/merge`: this item is a duplicate of `intoId`. */
export const feedbackMergeInputSchema = z.object({ intoId: idSchema });

/** Query of every paged list: `GET /feedback/:id/activity`, `GET /surveys`, `GET /roadmap/goals`… */
export const pageQuerySchema = z.object(paging);
export type PageQuery = z.input<typeof pageQuerySchema>;

/**
 * Query of a list paged by cursor as well: `GET /surveys/:id/comments`, `GET /roadmap/goals`,
 * `GET /roadmap/reviews-due`, `GET /changelog/unpublished`, `GET /changelog/:id/revisions`…
 */
export const keysetPageQuerySchema = z.object(keysetPaging);
export type KeysetPageQuery = z.input<typeof keysetPageQuerySchema>;

/** Query of `GET /ratings/comments`: a page of one tool's rating comments. */
export const ratingCommentsQuerySchema = toolQuerySchema.extend(keysetPaging);

/**
 * Query of `GET /surveys/prompts`: of a page of open surveys (of one tool), the ones that ask
 * the caller.
 */
export const surveyPromptsQuerySchema = z.object({
  toolRef: entityRefSchema.optional(),
  ...keysetPaging,
});
export type SurveyPromptsQuery = z.input<typeof surveyPromptsQuerySchema>;

export const defaultNpsQuestion =
  'How likely are you to recommend the platform to a colleague?';

/** The question a survey about one tool asks unless the maintainer words it otherwise. */
export const toolNpsQuestion = (toolTitle: string) =>
  `How likely are you to recommend ${toolTitle} to a colleague?`;

/** Fields of an NPS survey campaign, as created by a maintainer. */
export const surveyInputSchema = z
  .object({
    title: singleLineText().min(1, 'is required').max(200),
    question: multiLineText().min(1).max(500).default(defaultNpsQuestion),
    /** Ask about one tool only; unset for the platform as a whole. */
    toolRef: entityRefSchema.optional(),
    /** Teams asked; unset or empty for every team. */
    teamRefs: z.array(entityRefSchema).max(500).default([]),
    opensAt: isoDateSchema,
    closesAt: isoDateSchema,
  })
  .superRefine((s, ctx) => {
    // Only between two dates: a value that is no date has its own issue.
    if (
      s.opensAt instanceof Date &&
      s.closesAt instanceof Date &&
      s.closesAt <= s.opensAt
    ) {
      ctx.addIssue(
        tooEarly(['closesAt'], s.opensAt.getTime(), 'must be after opensAt'),
      );
    }
  });
export type SurveyInput = z.input<typeof surveyInputSchema>;

/** Body of `PUT /surveys/:id/response`: the caller's answer, editable until the survey closes. */
export const surveyResponseInputSchema = z.object({
  score: z.number().int('must be a whole number').min(0).max(10),
  reason: multiLineText().max(2000).optional(),
  anonymous: z.boolean().default(true),
});
export type SurveyResponseInput = z.input<typeof surveyResponseInputSchema>;

/** Query of `GET /surveys/:id/export`: the team summary or the individual answers, as CSV. */
export const surveyExportQuerySchema = z.object({
  part: z.enum(['teams', 'answers']).default('teams'),
});

export const roadmapLanes = ['now', 'next', 'later', 'exploring'] as const;
export type RoadmapLane = (typeof roadmapLanes)[number];

/** Active items sit in a lane; shipped and killed are terminal. */
export const roadmapStatuses = ['active', 'shipped', 'killed'] as const;
export type RoadmapStatus = (typeof roadmapStatuses)[number];

/** RICE impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
export const riceImpacts = [3, 2, 1, 0.5, 0.25] as const;
/** RICE confidence: 100 %, 80 %, 50 %. */
export const riceConfidences = [1, 0.8, 0.5] as const;

/**
 * RICE score: Reach × Impact × Confidence / Effort, to two decimals, without float noise
 * (63 × 1 × 0.8 is 50.4, not 50.400000000000006).
 */
export function riceScore(input: {
  reach: number;
  impact: number;
  confidence: number;
  effort: number;
}): number {
  const score = (input.reach * input.impact * input.confidence) / input.effort;
  return Math.round(score * 100) / 100;
}

const oneOfScale = (scale: readonly number[], name: string) =>
  z
    .number()
    .refine(
      value => scale.includes(value),
      `must be one of ${scale.join(', ')} (${name})`,
    );

/**
 * A success criterion: what to measure, the target, and when to look. On update, criteria with
 * an `id` keep their outcome; criteria left out are removed.
 */
export const criterionInputSchema = z.object({
  id: idSchema.optional(),
  metric: singleLineText().min(1, 'is required').max(200),
  target: singleLineText().min(1, 'is required').max(200),
  reviewDate: isoDateSchema,
});

/**
 * The earliest review date that is not in the past wherever the maintainer is: yesterday in UTC
 * (a date input's `YYYY-MM-DD` is midnight UTC, and "today" somewhere is yesterday in UTC).
 */
function earliestReviewDate(now: Date): number {
  return Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate() - 1,
  );
}

/** Whether a review date lies in the past wherever the maintainer is. */
export function isPastReviewDate(date: Date, now = new Date()): boolean {
  return date.getTime() < earliestReviewDate(now);
}

/**
 * A date that is too early, said as zod says it of a date below its minimum (`too_small`), so that
 * a form tells it apart from a value that is no date at all (`custom`).
 */
function tooEarly(
  path: PropertyKey[],
  minimum: number,
  message: string,
): z.core.$ZodSuperRefineIssue {
  return { code: 'too_small', origin: 'date', minimum, path, message };
}

const roadmapItemFields = z.object({
  title: singleLineText().min(1, 'is required').max(200),
  description: multiLineText().max(20_000).default(''),
  lane: z.enum(roadmapLanes),
  /** The owning platform team: a catalog Group. */
  ownerRef: entityRefSchema,
  toolRefs: z.array(entityRefSchema).max(20).default([]),
  requestingTeamRefs: z.array(entityRefSchema).max(200).default([]),
  /** People per quarter. */
  reach: z.number().int('must be a whole number').min(0).max(10_000_000),
  /** Whether `reach` is the catalog's suggestion or the maintainer's own number. */
  reachSource: z.enum(['catalog', 'manual']).default('manual'),
  impact: oneOfScale(riceImpacts, 'massive to minimal'),
  confidence: oneOfScale(riceConfidences, '100 %, 80 %, 50 %'),
  /** Person-months. */
  effort: z.number().positive('must be more than 0').max(1000),
  /** Flagged for champions: they get early access. */
  earlyAccess: z.boolean().default(false),
  /** The impact of the impact map this item delivers, if any. */
  impactId: idSchema.optional(),
  criteria: z.array(criterionInputSchema).max(20).default([]),
});

/**
 * Body of `POST /roadmap/items`. The score is computed by the server from the RICE inputs. A new
 * item's review dates must not be in the past (an edited item keeps the dates it has).
 */
export const roadmapItemInputSchema = roadmapItemFields.superRefine(
  (item, ctx) => {
    const earliest = earliestReviewDate(new Date());
    item.criteria.forEach((criterion, index) => {
      if (
        criterion.reviewDate instanceof Date &&
        criterion.reviewDate.getTime() < earliest
      ) {
        ctx.addIssue(
          tooEarly(
            ['criteria', index, 'reviewDate'],
            earliest,
            'must not be in the past',
          ),
        );
      }
    });
  },
);
export type RoadmapItemInput = z.input<typeof roadmapItemInputSchema>;

const versioned = {
  version: z.number().int('must be a whole number').min(1).max(MAX_ID),
};

/** Body of `PUT /roadmap/items/:id`: every field, and the version the editor started from. */
export const roadmapItemUpdateSchema = roadmapItemFields
  .omit({ lane: true })
  .extend(versioned);
export type RoadmapItemUpdate = z.input<typeof roadmapItemUpdateSchema>;

export const roadmapMoveSchema = z.object({
  lane: z.enum(roadmapLanes),
  ...versioned,
});
export const roadmapShipSchema = z.object({
  changelogEntryIds: z.array(idSchema).max(20).default([]),
  ...versioned,
});
export const roadmapKillSchema = z.object({
  reason: multiLineText().min(1, 'is required: say why').max(2000),
  ...versioned,
});

/** Body of `PUT /roadmap/criteria/:id`: how a success criterion turned out. */
export const criterionOutcomeSchema = z.object({
  outcome: z.enum(['pending', 'met', 'missed']),
  note: multiLineText().max(2000).optional(),
});

/** What the success-criteria review of a shipped item decides. */
export const outcomeDecisions = ['keep', 'iterate', 'kill'] as const;
export type OutcomeDecision = (typeof outcomeDecisions)[number];

/**
 * Body of `PUT /roadmap/items/:id/outcome`: the outcome decision of a shipped item; a kill
 * needs a reason.
 */
export const outcomeDecisionSchema = z
  .object({
    decision: z.enum(outcomeDecisions),
    reason: multiLineText().max(2000).optional(),
    ...versioned,
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'kill' && !body.reason?.trim()) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['reason'],
        message: 'is required to kill: say why',
      });
    }
  });
export type OutcomeDecisionInput = z.input<typeof outcomeDecisionSchema>;

const refList = z.preprocess(
  v => (typeof v === 'string' ? v.split(',') : v),
  z.array(entityRefSchema).min(1),
);

/** Query of `GET /roadmap/items`: filtered, sorted and paged on the server. */
export const roadmapQuerySchema = z.object({
  status: z.enum(roadmapStatuses).default('active'),
  lane: z.enum(roadmapLanes).optional(),
  toolRef: entityRefSchema.optional(),
  ownerRef: entityRefSchema.optional(),
  requestingTeamRef: entityRefSchema.optional(),
  /** `updated`: latest change first, e.g. the latest shipped or killed. */
  sort: z.enum(['rice', 'votes', 'newest', 'updated']).default('rice'),
  ...titleSearch,
  ...paging,
});
export type RoadmapQuery = z.input<typeof roadmapQuerySchema>;

/** Query of `GET /roadmap/reach`: the tools an item links, and the item (for its voters). */
export const reachQuerySchema = z.object({
  toolRef: refList.optional(),
  itemId: idParamSchema.optional(),
});

/**
 * Kinds of evidence a roadmap item can be linked to: feedback items, research notes, one
 * quote of a research note (`sourceId` the note, `sourcePart` the quote), rating comments and
 * survey answer comments (by their `commentId`).
 */
export const evidenceSourceKinds = [
  'feedback',
  'research-note',
  'research-quote',
  'rating-comment',
  'survey-comment',
] as const;
export type EvidenceSourceKind = (typeof evidenceSourceKinds)[number];

/** A source's id: a row id, or a comment's random id (below 2^48, a safe integer). */
const sourceIdSchema = z
  .number('must be a positive id')
  .int('must be a whole number')
  .positive('must be a positive id')
  .max(Number.MAX_SAFE_INTEGER, 'must be a safe integer');

/** A source of evidence: its kind and its id. */
const evidenceSource = {
  sourceKind: z.enum(evidenceSourceKinds),
  sourceId: sourceIdSchema,
};

/**
 * Body of `POST /roadmap/items/:id/evidence`: the source to link as evidence; a quote of a
 * research note also names the quote (`sourcePart`), and only a quote does.
 */
export const evidenceLinkSchema = z
  .object({ ...evidenceSource, sourcePart: idSchema.optional() })
  .superRefine((link, ctx) => {
    const quote = link.sourceKind === 'research-quote';
    if (quote !== (link.sourcePart !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourcePart'],
        message: quote
          ? 'is required: the id of the quote'
          : 'is only for a research-quote',
      });
    }
  });
export type EvidenceLinkInput = z.input<typeof evidenceLinkSchema>;

/** Query of `GET /roadmap/evidence`: the roadmap items a source is evidence for. */
export const evidenceSourceQuerySchema = z.object({
  sourceKind: evidenceSource.sourceKind,
  sourceId: z
    .string('must be a positive id')
    .regex(/^\d{1,16}$/, 'must be a positive id')
    .transform(Number)
    .pipe(sourceIdSchema),
});

/** Path of `DELETE /roadmap/items/:id/evidence/:evidenceId`. */
export const evidencePathSchema = z.object({
  id: idParamSchema,
  evidenceId: idParamSchema,
});

/** Body of `POST /roadmap/goals`. */
export const goalInputSchema = z.object({
  title: singleLineText().min(1, 'is required').max(200),
  description: multiLineText().max(2000).optional(),
});
/** Body of `POST /roadmap/goals/:id/actors`: a catalog team or a named persona. */
export const goalActorInputSchema = z
  .object({
    teamRef: entityRefSchema.optional(),
    persona: singleLineText().min(1).max(100).optional(),
  })
  .refine(a => !!a.teamRef !== !!a.persona, {
    path: ['teamRef'],
    message: 'give either teamRef or persona',
  });
/** Body of `POST /roadmap/actors/:id/impacts`. */
export const goalImpactInputSchema = z.object({
  title: singleLineText().min(1, 'is required').max(200),
});

/** What champions do, for the activity log. */
export const championActivityTypes = [
  'demo',
  'office-hours',
  'onboarding',
  'feedback',
  'design-review',
] as const;
export type ChampionActivityType = (typeof championActivityTypes)[number];

const focusAreasSchema = z.array(singleLineText().min(1).max(40)).max(10);

/** Body of `POST /champions/nominations`: yourself or a teammate, for one of their teams. */
export const nominationInputSchema = z.object({
  nomineeRef: refOfKind('user'),
  teamRef: entityRefSchema,
  reason: multiLineText().min(1, 'is required').max(2000),
  focusAreas: focusAreasSchema.default([]),
});
export type NominationInput = z.input<typeof nominationInputSchema>;

/** Body of `POST /champions/nominations/:id/approve`: focus areas, if not the nomination's. */
export const nominationApproveSchema = z.object({
  focusAreas: focusAreasSchema.optional(),
});
/** Body of `POST /champions/nominations/:id/decline`. */
export const nominationDeclineSchema = z.object({
  reason: multiLineText().min(1, 'is required: say why').max(2000),
});

/** Body of `POST /champions/kudos`. */
export const kudosInputSchema = z.object({
  championRef: entityRefSchema,
  message: multiLineText().min(1, 'is required').max(500),
});

/** Body of `POST /champions/activities`: something a champion did. */
export const championActivityInputSchema = z.object({
  type: z.enum(championActivityTypes),
  date: isoDateSchema,
  note: multiLineText().max(1000).optional(),
});
export type ChampionActivityInput = z.input<typeof championActivityInputSchema>;

/** Query of `GET /champions/kudos`: the feed, or one champion's kudos. */
export const kudosQuerySchema = z.object({
  championRef: entityRefSchema.optional(),
  ...keysetPaging,
});

/**
 * Query of `GET /champions/nominations`: newest first, paged; maintainers see every nomination,
 * others the ones they made or received.
 */
export const nominationsQuerySchema = z.object({
  status: z.enum(['open', 'approved', 'declined']).optional(),
  ...keysetPaging,
});
export type NominationsQuery = z.input<typeof nominationsQuerySchema>;

/**
 * Query of `GET /champions`: the roster, paged; optionally only the active champions or the
 * alumni, of one team or one person.
 */
export const championsQuerySchema = z.object({
  status: z.enum(['active', 'alumni']).optional(),
  teamRef: entityRefSchema.optional(),
  userRef: entityRefSchema.optional(),
  ...keysetPaging,
});
export type ChampionsQuery = z.input<typeof championsQuerySchema>;

export const changelogCategories = [
  'new',
  'improved',
  'fixed',
  'deprecated',
  'breaking',
] as const;
export type ChangelogCategory = (typeof changelogCategories)[number];

/**
 * Body of `POST /changelog` and (with `version`) `PUT /changelog/:id`. A scheduled entry needs a
 * `publishAt` in the future; early-access entries are for champions until `earlyAccessUntil`.
 */
export const changelogEntryInputSchema = z
  .object({
    title: singleLineText().min(1, 'is required').max(200),
    body: multiLineText().max(50_000).default(''),
    category: z.enum(changelogCategories),
    /** Optional before/after example, two markdown blocks shown side by side. */
    before: multiLineText().max(10_000).optional(),
    after: multiLineText().max(10_000).optional(),
    toolRefs: z.array(entityRefSchema).max(20).default([]),
    roadmapItemIds: z.array(idSchema).max(20).default([]),
    status: z.enum(['draft', 'scheduled', 'published']).default('draft'),
    publishAt: isoDateSchema.optional(),
    earlyAccess: z.boolean().default(false),
    earlyAccessUntil: isoDateSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'scheduled' && !entry.publishAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishAt'],
        message: 'is required for a scheduled entry',
      });
    }
    const now = Date.now();
    if (
      entry.status === 'scheduled' &&
      entry.publishAt instanceof Date &&
      entry.publishAt.getTime() <= now
    ) {
      ctx.addIssue(tooEarly(['publishAt'], now, 'must be in the future'));
    }
    if (!entry.earlyAccess && entry.earlyAccessUntil) {
      ctx.addIssue({
        code: 'custom',
        path: ['earlyAccessUntil'],
        message: 'only applies to early-access entries',
      });
    }
  });
export type ChangelogEntryInput = z.input<typeof changelogEntryInputSchema>;

/** Query of `GET /changelog`: published entries, newest first, paged on the server. */
export const changelogQuerySchema = z.object({
  toolRef: entityRefSchema.optional(),
  category: z.enum(changelogCategories).optional(),
  /** Only entries about tools the caller's teams use. */
  mine: booleanQuery,
  /** Only entries whose title or body contains this text (case-insensitive). */
  q: singleLineText().max(100, 'must be at most 100 characters').optional(),
  ...paging,
});
export type ChangelogQuery = z.input<typeof changelogQuerySchema>;

/** Query of `GET /changelog/unpublished`: drafts and scheduled entries, optionally by title. */
/** Query of `GET /changelog/unpublished`: a page (by cursor), optionally by title words. */
export const unpublishedQuerySchema = z.object({
  ...keysetPaging,
  ...titleSearch,
});

/** At most this many usage events in one `POST /usage/events` (or one events-service event). */
export const USAGE_BATCH_MAX = 1000;
/** How far in the future a usage event's `occurredAt` may be: the senders' clocks drift. */
export const USAGE_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Body of `PUT /insights/tools/:kind/:namespace/:name/mandated`: mark a tool mandated or not. */
export const toolMandateSchema = z.object({ mandated: z.boolean() });

/**
 * Body of `POST /usage/events` (and payload of the `platform-product.usage` events-service
 * topic): a batch of 1 to 1,000 usage events. Each event is checked on its own with
 * {@link usageEventSchema}, so that one bad event is rejected without refusing the others.
 */
export const usageBatchSchema = z.object({
  events: z.array(z.unknown()).min(1).max(USAGE_BATCH_MAX),
});

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const USER_REF = /^user:[a-z0-9-_.]+\/[a-z0-9-_.]+$/i;
const EVENT_ID = /^[\x21-\x7e]+$/;
const ACTION = /^[a-z0-9][a-z0-9._:-]*$/;
const MAX_COUNT = 1_000_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One use of a tool, reported by the tool (or a CI job) for a person or a team:
 * - `id`: the sender's id of the event, unique per tool; sending it again changes nothing;
 * - `user`: a user entity ref (`user:default/jane`) or an e-mail address matching a User's
 *   `spec.profile.email`; and/or `teamRef`, an eligible team (it wins over the user's team);
 * - `occurredAt`: when, from `retentionDays` ago to a few minutes ahead;
 * - `count`: how many uses the event stands for (default 1).
 * `now` and `retentionDays` bound `occurredAt`; pass the server's (the default is a 30-day window).
 */
export function usageEventSchema(
  window: { now?: () => Date; retentionDays?: number } = {},
) {
  const now = () => (window.now?.() ?? new Date()).getTime();
  const maxAge = (window.retentionDays ?? 30) * DAY_MS;
  return z
    .object({
      id: z
        .string()
        .min(1)
        .max(200)
        .regex(EVENT_ID, 'must be printable ASCII without spaces'),
      toolRef: entityRefSchema,
      user: z
        .string()
        .trim()
        .max(255)
        .refine(
          value => USER_REF.test(value) || EMAIL.test(value),
          'must be a user entity ref like user:default/jane or an e-mail address',
        )
        .transform(value => value.toLocaleLowerCase('en-US'))
        .optional(),
      teamRef: entityRefSchema.optional(),
      action: z
        .string()
        .trim()
        .min(1)
        .max(100)
        .regex(
          ACTION,
          'must be lower-case letters, digits and . _ : - such as pipeline-run',
        ),
      occurredAt: isoDateSchema
        .refine(
          date => date.getTime() <= now() + USAGE_CLOCK_SKEW_MS,
          'must not be in the future',
        )
        .refine(
          date => date.getTime() >= now() - maxAge,
          `must be within the last ${window.retentionDays ?? 30} days`,
        ),
      count: z
        .number()
        .int('must be a whole number')
        .positive()
        .max(MAX_COUNT)
        .default(1),
    })
    .refine(event => event.user !== undefined || event.teamRef !== undefined, {
      message: 'user or teamRef is required',
      path: ['user'],
    });
}
/** A usage event as parsed: `user` lower-cased, `occurredAt` a Date, `count` defaulted. */
export type UsageEvent = z.output<ReturnType<typeof usageEventSchema>>;

/**
 * Parses usage events by the rules of {@link usageEventSchema}, quicker on the events tools
 * usually send: an event whose strings need no trimming is checked by hand against the same
 * rules and gives the schema's output; any other event (malformed, or to be trimmed) goes
 * through the schema, which says what is wrong. The schema stays the definition: the tests
 * hold the two to the same answers on valid and invalid events.
 */
export function usageEventParser(
  window: { now?: () => Date; retentionDays?: number } = {},
) {
  const schema = usageEventSchema(window);
  const maxAge = (window.retentionDays ?? 30) * DAY_MS;
  return (raw: unknown) => {
    const now = (window.now?.() ?? new Date()).getTime();
    const data = plainUsageEvent(raw, now - maxAge, now + USAGE_CLOCK_SKEW_MS);
    return data ? { success: true as const, data } : schema.safeParse(raw);
  };
}

/** The event as the schema would output it, if it passes and needs no trimming; else undefined. */
function plainUsageEvent(
  raw: unknown,
  earliest: number,
  latest: number,
): UsageEvent | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { id, toolRef, user, teamRef, action, occurredAt, count } =
    raw as Record<string, unknown>;
  const at =
    isPlain(occurredAt, 40) && isIsoDate(occurredAt) && Date.parse(occurredAt);
  const valid =
    isPlain(id, 200) &&
    EVENT_ID.test(id) &&
    isPlain(toolRef, 255) &&
    ENTITY_REF.test(toolRef) &&
    (user === undefined ||
      (isPlain(user, 255) && (USER_REF.test(user) || EMAIL.test(user)))) &&
    (teamRef === undefined ||
      (isPlain(teamRef, 255) && ENTITY_REF.test(teamRef))) &&
    (user !== undefined || teamRef !== undefined) &&
    isPlain(action, 100) &&
    ACTION.test(action) &&
    typeof at === 'number' &&
    at >= earliest &&
    at <= latest &&
    (count === undefined ||
      (Number.isInteger(count) &&
        Number(count) > 0 &&
        Number(count) <= MAX_COUNT));
  if (!valid) return undefined;
  const lower = (value: unknown) =>
    value === undefined ? undefined : String(value).toLocaleLowerCase('en-US');
  return {
    id: String(id),
    toolRef: String(lower(toolRef)),
    user: lower(user),
    teamRef: lower(teamRef),
    action: String(action),
    occurredAt: new Date(Number(at)),
    count: Number(count ?? 1),
  };
}

/** A string of at most `max` characters that trimming would not change. */
function isPlain(value: unknown, max: number): value is string {
  return (
    typeof value === 'string' && value.length <= max && value.trim() === value
  );
}

/** `PUT /digest/settings`: the caller's own digest preference. */
export const digestSettingsInputSchema = z.object({ enabled: z.boolean() });

/** `GET /digest/preview?userRef=user:default/jane`: whose digest a maintainer previews. */
export const digestPreviewQuerySchema = z.object({
  userRef: entityRefSchema.refine(ref => ref.startsWith('user:'), {
    message: 'must be a user ref like user:default/name',
  }),
});
/** The KPIs of the platform scorecard, in the order it shows them. */
export const SCORECARD_KPIS = [
  'declaredAdoption',
  'activeAdoption',
  'satisfaction',
  'nps',
  'championCoverage',
  'firstResponse',
  'timeToFirstDeploy',
] as const;

/** One KPI of the platform scorecard: its value against its target, and its recent trend. */
export const scorecardKpiSchema = z.object({
  id: z.enum(SCORECARD_KPIS),
  /**
   * How to read `value` and `target`: `ratio` 0–1 of eligible teams, `stars` 1–5, `nps`
   * −100–100, `hours`, `days`.
   */
  unit: z.enum(['ratio', 'stars', 'nps', 'hours', 'days']),
  /** Leading indicators move before the outcomes; lagging ones confirm them. */
  indicator: z.enum(['leading', 'lagging']),
  /** How `value` must compare with `target` to be on track. */
  comparison: z.enum(['atLeast', 'above', 'atMost']),
  target: z.number(),
  /** Null when there is nothing to measure yet, or too few answers to show. */
  value: z.number().nullable(),
  /** What the value is over: teams, ratings, answers, feedback items or new teams. */
  basis: z.number().int().nonnegative(),
  status: z.enum(['onTrack', 'offTrack', 'noData']),
  /** Daily values, oldest first, from the scorecard's snapshots. */
  trend: z.array(z.object({ day: z.string(), value: z.number() })),
});
export type ScorecardKpi = z.infer<typeof scorecardKpiSchema>;
export type ScorecardKpiId = ScorecardKpi['id'];

/** Answer of `GET /insights/scorecard`: the platform's KPIs, org-wide. */
export const scorecardSchema = z.object({
  kpis: z.array(scorecardKpiSchema),
  /** How many days the trends cover. */
  trendDays: z.number().int().positive(),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const researchNoteKinds = [
  'interview',
  'shadowing',
  'office-hours',
  'demo-day',
  'support-ticket-review',
] as const;
export type ResearchNoteKind = (typeof researchNoteKinds)[number];

/** A list of short entries of a research note (friction points, pain points, …). */
const researchEntries = z.array(singleLineText().min(1).max(500)).max(50);

/** An entity ref of one kind, e.g. a `group` ref for a team. */
function refOfKind(kind: 'group' | 'user') {
  return entityRefSchema.refine(
    ref => ref.startsWith(`${kind}:`),
    `must be a ${kind} ref like ${kind}:default/name`,
  );
}

/** A quote of a research note; `id` keeps an existing quote (and its evidence links). */
const researchQuoteInput = z.object({
  id: idSchema.optional(),
  text: multiLineText().min(1, 'is required').max(1000),
});

/** An assumption the research checked: validated or contradicted. */
const researchAssumption = z.object({
  text: singleLineText().min(1, 'is required').max(500),
  result: z.enum(['validated', 'contradicted']),
});

/** A count a note records (context switches, minutes waiting): a whole number. */
const researchCount = z
  .number('must be a number')
  .int('must be a whole number')
  .min(0)
  .max(100_000);

const researchNoteFields = z.object({
  kind: z.enum(researchNoteKinds),
  title: singleLineText().min(1, 'is required').max(200),
  date: isoDateSchema,
  teamRefs: z.array(refOfKind('group')).max(20).default([]),
  toolRefs: z.array(entityRefSchema).max(20).default([]),
  agreedToBeNamed: z.boolean().default(false),
  intervieweeRef: refOfKind('user').optional(),
  frictionPoints: researchEntries.default([]),
  toolsUsed: researchEntries.default([]),
  contextSwitches: researchCount.optional(),
  minutesWaiting: researchCount.optional(),
  quotes: z.array(researchQuoteInput).max(50).default([]),
  painPoints: researchEntries.default([]),
  surprises: researchEntries.default([]),
  assumptions: z.array(researchAssumption).max(50).default([]),
  actions: researchEntries.default([]),
  body: multiLineText().max(20_000).default(''),
});

/** The person interviewed is named only when they agreed to be. */
function namedOnlyWhenAgreed<T extends z.ZodType<ResearchNoteFields>>(
  schema: T,
) {
  return schema.superRefine((note, ctx) => {
    if (note.intervieweeRef && !note.agreedToBeNamed) {
      ctx.addIssue({
        code: 'custom',
        path: ['intervieweeRef'],
        message: 'is only stored when the person agreed to be named',
      });
    }
  });
}
type ResearchNoteFields = z.infer<typeof researchNoteFields>;

/**
 * Body of `POST /research`: a research note. The person interviewed is referenced by team only,
 * unless they agreed to be named (`agreedToBeNamed`), and only then may `intervieweeRef` name
 * them.
 */
export const researchNoteInputSchema = namedOnlyWhenAgreed(researchNoteFields);
export type ResearchNoteInput = z.input<typeof researchNoteInputSchema>;

/** Body of `PUT /research/:id`: the note, and the version the editor started from. */
export const researchNoteUpdateSchema = namedOnlyWhenAgreed(
  researchNoteFields.extend(versioned),
);
export type ResearchNoteUpdate = z.input<typeof researchNoteUpdateSchema>;

/** Query of `GET /research`: newest first (by date), paged by cursor, filtered; `q` searches titles. */
export const researchQuerySchema = z.object({
  kind: z.enum(researchNoteKinds).optional(),
  teamRef: refOfKind('group').optional(),
  toolRef: entityRefSchema.optional(),
  ...titleSearch,
  ...keysetPaging,
});
export type ResearchQuery = z.input<typeof researchQuerySchema>;

/** Query of `GET /insights/trends`: one tool or all, over the last `days`. */
export const trendsQuerySchema = z.object({
  toolRef: entityRefSchema.optional(),
  days: z.coerce.number().int().min(1).max(730).default(90),
});

/** Query of `GET /insights/changelog-reach`: the last `weeks`. */
export const weeklyReachQuerySchema = z.object({
  weeks: z.coerce.number().int().min(1).max(52).default(12),
});

/** Path of the `/:kind/:namespace/:name` routes (an entity ref in three segments). */
export const entityPathSchema = z.object({
  kind: z.string(),
  namespace: z.string(),
  name: z.string(),
});

/** Query of `GET /champions/coverage/history`: the last `days`. */
export const coverageHistoryQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(730).default(90),
});

/** Query of `GET /champions/profile`: whose profile. */
export const championProfileQuerySchema = z.object({
  userRef: entityRefSchema,
});

/** `version` of a body that updates a row (optimistic locking); a PostgreSQL `integer`. */
export const versionSchema = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
});

/** Body of `PUT /changelog/:id`: the entry and the version it was read at. */
export const changelogEntryUpdateSchema = z.intersection(
  changelogEntryInputSchema,
  versionSchema,
);

/** Query of `GET /changelog/feed.atom` and `GET /surveys/trend`: one tool, or all. */
export const toolFilterQuerySchema = toolQuerySchema.partial();

/** Query of `GET /changelog/search-documents`: the previous page's `nextCursor`. */
export const searchDocumentsQuerySchema = keysetPageQuerySchema.pick({
  cursor: true,
});
