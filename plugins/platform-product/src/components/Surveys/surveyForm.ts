import {
  defaultNpsQuestion,
  Survey,
  SurveyInput,
  surveyInputSchema,
  Tool,
  toolNpsQuestion,
} from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';
import { surveysMessages } from '../../translation/surveys';
import { FieldMessages, schemaErrors } from '../shared/schemaErrors';

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

type ErrorKey = keyof typeof surveysMessages.editor.errors;

/** The words for the schema's issues, by field of the request. */
const messages = {
  title: {
    missing: 'title',
    too_big: 'titleTooLong',
    invalid_format: 'controlCharacters',
  },
  question: { missing: 'question', too_big: 'questionTooLong' },
  opensAt: { missing: 'opensAt', custom: 'dateRange' },
  closesAt: {
    missing: 'closesAt',
    custom: 'dateRange',
    too_small: 'closesBeforeOpens',
  },
} satisfies Record<string, FieldMessages<ErrorKey>>;

/** What is missing or wrong by the survey's schema, by field; empty when the form can be sent. */
export function validate(form: Form, t: Translate): Errors {
  const errors: Partial<Record<keyof Form, ErrorKey>> = schemaErrors(
    surveyInputSchema,
    toInput(form),
    messages,
  );
  // The schema takes no teams as every team: "chosen teams" is the form's own choice.
  if (form.audience === 'chosen' && !form.teamRefs.length) {
    errors.teamRefs = 'teams';
  }
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      field,
      t(`surveys.editor.errors.${key}`),
    ]),
  );
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
