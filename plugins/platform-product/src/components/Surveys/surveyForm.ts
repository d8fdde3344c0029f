import {
  defaultNpsQuestion,
  isoDateSchema,
  Survey,
  SurveyInput,
  Tool,
  toolNpsQuestion,
} from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';

/** The editor's fields, as typed. */
export interface Form {
  title: string;
  question: string;
  /** '' for the platform as a whole. */
  toolRef: string;
  audience: 'all' | 'chosen';
  teamRefs: string[];
  /** `datetime-local` values: local time, `YYYY-MM-DDTHH:mm`. */
  opensAt: string;
  closesAt: string;
}

type Errors = Partial<Record<keyof Form, string>>;

/** `YYYY-MM-DDTHH:mm` in local time, the value format of `datetime-local` inputs. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as the ISO timestamp the server takes; '' when it is no date. */
function toIso(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Whether a `datetime-local` value is a date the server takes (1970 to 9999). */
const isValidDate = (local: string) =>
  isoDateSchema.safeParse(toIso(local)).success;

/** A survey's values, or a new survey's defaults: every team, open now for two weeks. */
export function initialForm(survey?: Survey): Form {
  const opensAt = survey ? new Date(survey.opensAt) : new Date();
  const closesAt = survey ? new Date(survey.closesAt) : new Date(opensAt);
  if (!survey) closesAt.setDate(closesAt.getDate() + 14);
  return {
    title: survey?.title ?? '',
    question: survey?.question ?? defaultNpsQuestion,
    toolRef: survey?.toolRef ?? '',
    audience: survey?.teamRefs.length ? 'chosen' : 'all',
    teamRefs: survey?.teamRefs ?? [],
    opensAt: toLocalInput(opensAt),
    closesAt: toLocalInput(closesAt),
  };
}

/** The question a survey asks unless reworded: about its tool, or about the platform. */
function defaultQuestion(toolRef: string, tools: Tool[]) {
  const tool = tools.find(candidate => candidate.ref === toolRef);
  return tool ? toolNpsQuestion(tool.title) : defaultNpsQuestion;
}

/** Picks the tool asked about; a question not reworded yet follows it. */
export function withTool(form: Form, toolRef: string, tools: Tool[]): Form {
  const reworded = form.question !== defaultQuestion(form.toolRef, tools);
  return {
    ...form,
    toolRef,
    question: reworded ? form.question : defaultQuestion(toolRef, tools),
  };
}

/** What is missing or wrong, by field; empty when the form can be sent. */
export function validate(form: Form, t: Translate): Errors {
  const errors: Errors = {};
  if (!form.title.trim()) errors.title = t('surveys.editor.errors.title');
  if (!form.question.trim()) {
    errors.question = t('surveys.editor.errors.question');
  }
  if (form.audience === 'chosen' && !form.teamRefs.length) {
    errors.teamRefs = t('surveys.editor.errors.teams');
  }
  if (!form.opensAt) {
    errors.opensAt = t('surveys.editor.errors.opensAt');
  } else if (!isValidDate(form.opensAt)) {
    errors.opensAt = t('surveys.editor.errors.dateRange');
  }
  if (!form.closesAt) {
    errors.closesAt = t('surveys.editor.errors.closesAt');
  } else if (!isValidDate(form.closesAt)) {
    errors.closesAt = t('surveys.editor.errors.dateRange');
  } else if (new Date(form.closesAt) <= new Date(form.opensAt)) {
    errors.closesAt = t('surveys.editor.errors.closesBeforeOpens');
  }
  return errors;
}

/** The request body: trimmed text, no teams for "all teams", ISO dates. */
export function toInput(form: Form): SurveyInput {
  return {
    title: form.title.trim(),
    question: form.question.trim(),
    toolRef: form.toolRef || undefined,
    teamRefs: form.audience === 'all' ? [] : form.teamRefs,
    opensAt: toIso(form.opensAt),
    closesAt: toIso(form.closesAt),
  };
}
