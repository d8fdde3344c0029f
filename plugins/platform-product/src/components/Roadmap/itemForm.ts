import {
  isoDateSchema,
  isPastReviewDate,
  riceScore,
  RoadmapItemDetail,
  RoadmapItemInput,
  RoadmapItemUpdate,
  RoadmapLane,
} from 'backstage-plugin-platform-product-common';
import { roadmapMessages } from '../../translation/roadmap';

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

const parseReach = (reach: string) =>
  /^\d+$/.test(reach.trim()) ? Number(reach) : undefined;

function parseEffort(effort: string) {
  const value = Number(effort);
  return effort.trim() && value > 0 && value <= 1000 ? value : undefined;
}

/** The score the server will compute, or undefined while reach or effort is not valid. */
export function previewScore(form: ItemForm): number | undefined {
  const reach = parseReach(form.reach);
  const effort = parseEffort(form.effort);
  if (reach === undefined || effort === undefined) {
    return undefined;
  }
  return riceScore({ ...form, reach, effort });
}

/**
 * What is missing or wrong (mirroring the server's schema), as message keys; empty when the
 * form can be sent.
 */
export function validate(
  form: ItemForm,
  options: { isNew?: boolean; now?: Date } = {},
): FormErrors {
  const errors: FormErrors = {};
  if (!form.title.trim()) errors.title = 'titleMissing';
  if (!form.ownerRef) errors.ownerRef = 'ownerMissing';
  const reach = parseReach(form.reach);
  if (reach === undefined || reach > 10_000_000) {
    errors.reach = 'reachInvalid';
  }
  if (parseEffort(form.effort) === undefined) {
    errors.effort = 'effortInvalid';
  }
  for (const row of form.criteria) {
    const rowErrors: CriterionErrors = {};
    if (!row.metric.trim()) rowErrors.metric = 'metricMissing';
    if (!row.target.trim()) rowErrors.target = 'targetMissing';
    if (!row.reviewDate) {
      rowErrors.reviewDate = 'dateMissing';
    } else if (!isoDateSchema.safeParse(row.reviewDate).success) {
      rowErrors.reviewDate = 'dateOutOfRange';
    } else if (
      options.isNew &&
      isPastReviewDate(new Date(row.reviewDate), options.now)
    ) {
      rowErrors.reviewDate = 'datePast';
    }
    if (Object.keys(rowErrors).length) {
      errors.criteria = { ...errors.criteria, [row.key]: rowErrors };
    }
  }
  return errors;
}

/** The body of a create: trimmed text, numbers as numbers. Call on a valid form only. */
export function toInput(form: ItemForm): RoadmapItemInput {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    lane: form.lane,
    ownerRef: form.ownerRef,
    toolRefs: form.toolRefs,
    requestingTeamRefs: form.requestingTeamRefs,
    reach: Number(form.reach),
    reachSource: form.reachSource,
    impact: form.impact,
    confidence: form.confidence,
    effort: Number(form.effort),
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
