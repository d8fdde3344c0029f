import {
  riceScore,
  RoadmapItemDetail,
  RoadmapItemInput,
  roadmapItemInputSchema,
  RoadmapItemUpdate,
  roadmapItemUpdateSchema,
  RoadmapLane,
} from 'backstage-plugin-platform-product-common';
import { roadmapMessages } from '../../translation/roadmap';
import { FieldMessages, schemaErrors } from '../shared/schemaErrors';

/** A success criterion as typed; `id` for the ones already saved, which keep their outcome. */
export interface CriterionRow {
  /** React key, stable while the row is edited. */
  key: string;
  id?: number;
  metric: string;
  target: string;
  /** `YYYY-MM-DD`, the value format of date inputs. */
  reviewDate: string;
}

/** The editor's fields, as typed. */
export interface ItemForm {
  title: string;
  description: string;
  lane: RoadmapLane;
  ownerRef: string;
  toolRefs: string[];
  requestingTeamRefs: string[];
  reach: string;
  reachSource: 'catalog' | 'manual';
  impact: number;
  confidence: number;
  effort: string;
  earlyAccess: boolean;
  impactId?: number;
  criteria: CriterionRow[];
}

/** What is wrong with a field: a key of the `roadmap.validation` messages. */
export type FieldError = keyof typeof roadmapMessages.validation;

export type CriterionErrors = Partial<
  Record<'metric' | 'target' | 'reviewDate', FieldError>
>;

export interface FormErrors {
  title?: FieldError;
  ownerRef?: FieldError;
  reach?: FieldError;
  effort?: FieldError;
  /** By row key. */
  criteria?: Record<string, CriterionErrors>;
}

let rowCount = 0;

export function newCriterionRow(
  criterion?: Omit<CriterionRow, 'key'>,
): CriterionRow {
  rowCount += 1;
  return {
    key: `criterion-${rowCount}`,
    metric: '',
    target: '',
    reviewDate: '',
    ...criterion,
  };
}

/** An item's values, or a new item's defaults (medium impact, 80 % confidence). */
export function initialForm(item?: RoadmapItemDetail): ItemForm {
  if (!item) {
    return {
      title: '',
      description: '',
      lane: 'next',
      ownerRef: '',
      toolRefs: [],
      requestingTeamRefs: [],
      reach: '',
      reachSource: 'manual',
      impact: 1,
      confidence: 0.8,
      effort: '',
      earlyAccess: false,
      criteria: [],
    };
  }
  return {
    title: item.title,
    description: item.description,
    lane: item.lane,
    ownerRef: item.ownerRef,
    toolRefs: item.toolRefs,
    requestingTeamRefs: item.requestingTeamRefs,
    reach: String(item.reach),
    reachSource: item.reachSource,
    impact: item.impact,
    confidence: item.confidence,
    effort: String(item.effort),
    earlyAccess: item.earlyAccess,
    impactId: item.impactId,
    criteria: item.criteria.map(c =>
      newCriterionRow({
        id: c.id,
        metric: c.metric,
        target: c.target,
        reviewDate: c.reviewDate.slice(0, 10),
      }),
    ),
  };
}

/** A number field as typed; NaN when empty, which the schema refuses like any other non-number. */
const toNumber = (text: string) => (text.trim() ? Number(text) : NaN);

/** The score the server will compute, or undefined while reach or effort is not valid. */
export function previewScore(form: ItemForm): number | undefined {
  const { reach, effort } = roadmapItemUpdateSchema.shape;
  const validReach = reach.safeParse(toNumber(form.reach));
  const validEffort = effort.safeParse(toNumber(form.effort));
  if (!validReach.success || !validEffort.success) {
    return undefined;
  }
  return riceScore({
    ...form,
    reach: validReach.data,
    effort: validEffort.data,
  });
}

/** The words for a line of text: empty, too long (200 characters), or with control characters. */
const textMessages = (missing: FieldError) =>
  ({
    missing,
    too_big: 'tooLong',
    invalid_format: 'controlCharacters',
  } as const);

/** The words for the schema's issues, by field of the request. */
const messages = {
  title: textMessages('titleMissing'),
  ownerRef: 'ownerMissing',
  reach: 'reachInvalid',
  effort: 'effortInvalid',
  'criteria.*.metric': textMessages('metricMissing'),
  'criteria.*.target': textMessages('targetMissing'),
  'criteria.*.reviewDate': {
    missing: 'dateMissing',
    custom: 'dateOutOfRange',
    too_small: 'datePast',
  },
} satisfies Record<string, FieldMessages<FieldError>>;

/** An edit's schema: the update's, but the version, which the dialog adds when it sends. */
const editSchema = roadmapItemUpdateSchema.omit({ version: true });

/**
 * What is missing or wrong by the schema of the create (a new item's review dates must not be in
 * the past) or of the update, as message keys; empty when the form can be sent.
 */
export function validate(
  form: ItemForm,
  options: { isNew?: boolean } = {},
): FormErrors {
  const schema = options.isNew ? roadmapItemInputSchema : editSchema;
  const errors: FormErrors = {};
  const found = schemaErrors(schema, toInput(form), messages);
  for (const [path, error] of Object.entries(found)) {
    const [field, row, rowField] = path.split('.');
    if (field === 'criteria') {
      const key = form.criteria[Number(row)].key;
      errors.criteria = {
        ...errors.criteria,
        [key]: { ...errors.criteria?.[key], [rowField]: error },
      };
    } else {
      errors[field as Exclude<keyof FormErrors, 'criteria'>] = error;
    }
  }
  return errors;
}

/** The body of a create: trimmed text, numbers as numbers (NaN when empty). */
export function toInput(form: ItemForm): RoadmapItemInput {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    lane: form.lane,
    ownerRef: form.ownerRef,
    toolRefs: form.toolRefs,
    requestingTeamRefs: form.requestingTeamRefs,
    reach: toNumber(form.reach),
    reachSource: form.reachSource,
    impact: form.impact,
    confidence: form.confidence,
    effort: toNumber(form.effort),
    earlyAccess: form.earlyAccess,
    impactId: form.impactId,
    criteria: form.criteria.map(row => ({
      ...(row.id ? { id: row.id } : {}),
      metric: row.metric.trim(),
      target: row.target.trim(),
      reviewDate: row.reviewDate,
    })),
  };
}

/** The body of an update: the same fields but the lane (moves have their own action). */
export function toUpdate(form: ItemForm, version: number): RoadmapItemUpdate {
  const { lane: _lane, ...fields } = toInput(form);
  return { ...fields, version };
}
