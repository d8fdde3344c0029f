import {
  ResearchNote,
  ResearchNoteInput,
  ResearchNoteKind,
} from 'backstage-plugin-platform-product-common';

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

/** The request body of the form; the server validates it (400 naming the field). */
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

/** A count field: left out when empty, sent as typed otherwise (the server checks it). */
function numberOf(field: string, text: string) {
  return text.trim() ? { [field]: Number(text) } : {};
}
