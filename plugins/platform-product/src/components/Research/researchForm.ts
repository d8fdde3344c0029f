import {
  ResearchNote,
  ResearchNoteInput,
  researchNoteInputSchema,
  ResearchNoteKind,
} from 'backstage-plugin-platform-product-common';
import { researchMessages } from '../../translation/research';
import { FieldMessages, schemaErrors } from '../shared/schemaErrors';

/** The structured fields the editor shows as text areas, one entry per line. */
export const LIST_FIELDS = [
  'frictionPoints',
  'toolsUsed',
  'painPoints',
  'surprises',
  'actions',
] as const;
type ListField = (typeof LIST_FIELDS)[number];

/** What the research editor holds while the note is being written. */
export type ResearchForm = Record<ListField, string> & {
  kind: ResearchNoteKind;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  teamRefs: string[];
  toolRefs: string[];
  agreedToBeNamed: boolean;
  intervieweeRef: string;
  contextSwitches: string;
  minutesWaiting: string;
  quotes: { id?: number; text: string }[];
  assumptions: ResearchNote['assumptions'];
  body: string;
};

/** The form of a note to edit, or of a new interview today. */
export function initialForm(note?: ResearchNote): ResearchForm {
  const lists = Object.fromEntries(
    LIST_FIELDS.map(field => [field, note?.[field].join('\n') ?? '']),
  ) as Record<ListField, string>;
  return {
    ...lists,
    kind: note?.kind ?? 'interview',
    title: note?.title ?? '',
    date: (note?.date ?? new Date().toISOString()).slice(0, 10),
    teamRefs: note?.teamRefs ?? [],
    toolRefs: note?.toolRefs ?? [],
    agreedToBeNamed: note?.agreedToBeNamed ?? false,
    intervieweeRef: note?.intervieweeRef ?? '',
    contextSwitches: count(note?.contextSwitches),
    minutesWaiting: count(note?.minutesWaiting),
    quotes: note?.quotes ?? [],
    assumptions: note?.assumptions ?? [],
    body: note?.body ?? '',
  };
}

/** What is wrong with a field: a key of the `research.editor.errors` messages. */
type FieldError = keyof typeof researchMessages.editor.errors;

/** The words for the schema's issues, by field of the request. */
const messages = {
  // An empty title is not worded: the dialog cannot be sent without one.
  title: { too_big: 'titleTooLong', invalid_format: 'controlCharacters' },
  date: { missing: 'dateMissing', custom: 'dateOutOfRange' },
  contextSwitches: 'countInvalid',
  minutesWaiting: 'countInvalid',
  frictionPoints: 'linesInvalid',
  toolsUsed: 'linesInvalid',
  painPoints: 'linesInvalid',
  surprises: 'linesInvalid',
  actions: 'linesInvalid',
  body: { too_big: 'bodyTooLong' },
} satisfies Record<string, FieldMessages<FieldError>>;

/** What is wrong by the note's schema, as message keys by field; empty when it can be sent. */
export function validate(
  form: ResearchForm,
): Partial<Record<keyof ResearchForm, FieldError>> {
  return schemaErrors(researchNoteInputSchema, toInput(form), messages);
}

/** The request body of the form (counts as typed: the schema says whether they are numbers). */
export function toInput(form: ResearchForm): ResearchNoteInput {
  const lists = Object.fromEntries(
    LIST_FIELDS.map(field => [field, lines(form[field])]),
  ) as Record<ListField, string[]>;
  return {
    ...lists,
    kind: form.kind,
    title: form.title,
    date: form.date,
    teamRefs: form.teamRefs,
    toolRefs: form.toolRefs,
    agreedToBeNamed: form.agreedToBeNamed,
    ...(form.agreedToBeNamed &&
      form.intervieweeRef && { intervieweeRef: form.intervieweeRef }),
    ...numberOf('contextSwitches', form.contextSwitches),
    ...numberOf('minutesWaiting', form.minutesWaiting),
    quotes: form.quotes.filter(quote => quote.text.trim()),
    assumptions: form.assumptions.filter(a => a.text.trim()),
    body: form.body,
  };
}

function count(value: number | undefined) {
  return value === undefined ? '' : String(value);
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);
}

/** A count field: left out when empty, a number (maybe NaN) otherwise. */
function numberOf(field: string, text: string) {
  return text.trim() ? { [field]: Number(text) } : {};
}
