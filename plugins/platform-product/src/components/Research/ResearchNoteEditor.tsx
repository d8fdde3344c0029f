import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Checkbox, FormControlLabel, TextField } from '@material-ui/core';
import Autocomplete from '@material-ui/lab/Autocomplete';
import {
  ResearchNote,
  researchNoteKinds,
  Team,
  Tool,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { PersonOption, PersonPicker } from '../shared/PersonPicker';
import { useFieldErrors } from '../shared/fieldErrors';
import { FormDialog } from '../shared/FormDialog';
import { useTools } from '../../hooks/useTools';
import { useTeams } from '../../hooks/useTeams';
import { AssumptionsField } from './AssumptionsField';
import { QuotesField } from './QuotesField';
import {
  initialForm,
  LIST_FIELDS,
  ResearchForm,
  toInput,
  validate,
} from './researchForm';

/** Fields whose server message the editor shows next to them. */
const SHOWN_FIELDS = [
  'kind',
  'title',
  'date',
  'contextSwitches',
  'minutesWaiting',
  'intervieweeRef',
  'body',
  ...LIST_FIELDS,
];

/**
 * Logs a research note or edits one: kind, date, teams and tools, the structured fields of the
 * seed templates, quotes and assumptions, and markdown notes. The interviewee is named only
 * when they agreed to be. Open while mounted.
 */
export function ResearchNoteEditor(props: {
  note?: ResearchNote;
  onSaved: (note: ResearchNote) => void;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { note } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [form, setForm] = useState(() => initialForm(note));
  const [person, setPerson] = useState<PersonOption | undefined>(
    note?.intervieweeRef
      ? { key: note.intervieweeRef, title: note.intervieweeRef }
      : undefined,
  );
  const teams = useTeams();
  const { tools } = useTools();
  const server = useFieldErrors();
  const [submitted, setSubmitted] = useState(false);
  const written = { ...form, intervieweeRef: person?.key ?? '' };
  const checked = submitted ? validate(written) : {};
  // The form's own check first, then the server's word on the field (a 400 names it).
  const errorText = (field: keyof ResearchForm) => {
    const error = checked[field];
    return error ? t(`research.editor.errors.${error}`) : server.errors[field];
  };
  const change = (next: Partial<ResearchForm>) =>
    setForm(current => ({ ...current, ...next }));
  const text = (field: keyof ResearchForm, label: string) => ({
    id: `${id}-${field}`,
    label,
    value: form[field] as string,
    onChange: (e: { target: { value: string } }) =>
      change({ [field]: e.target.value }),
    error: !!errorText(field),
    helperText: errorText(field),
    fullWidth: true,
    margin: 'dense' as const,
  });
  const save = async () => {
    setSubmitted(true);
    if (Object.keys(validate(written)).length) {
      return;
    }
    await server.capture(async () => {
      const input = toInput(written);
      const saved = note
        ? await api.updateResearchNote(note.id, {
            ...input,
            version: note.version,
          })
        : await api.createResearchNote(input);
      props.onSaved(saved);
    });
  };
  return (
    <FormDialog
      title={
        note
          ? t('research.editor.editTitle', { title: note.title })
          : t('research.editor.createTitle')
      }
      submitLabel={t('research.editor.save')}
      canSubmit={!!form.title.trim()}
      onSubmit={save}
      onClose={props.onClose}
      onReload={props.onReload}
      fields={SHOWN_FIELDS}
      maxWidth="md"
    >
      <TextField
        {...text('kind', t('research.editor.kind'))}
        select
        SelectProps={{ native: true }}
      >
        {researchNoteKinds.map(kind => (
          <option key={kind} value={kind}>
            {t(`research.kinds.${kind}`)}
          </option>
        ))}
      </TextField>
      <TextField {...text('title', t('research.editor.title'))} required />
      <TextField
        {...text('date', t('research.editor.date'))}
        type="date"
        InputLabelProps={{ shrink: true }}
      />
      <RefsField
        id={`${id}-teams`}
        label={t('research.editor.teams')}
        options={teams.value ?? []}
        value={form.teamRefs}
        onChange={teamRefs => change({ teamRefs })}
      />
      <RefsField
        id={`${id}-tools`}
        label={t('research.editor.tools')}
        options={tools}
        value={form.toolRefs}
        onChange={toolRefs => change({ toolRefs })}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={form.agreedToBeNamed}
            onChange={e => change({ agreedToBeNamed: e.target.checked })}
          />
        }
        label={t('research.editor.agreedToBeNamed')}
      />
      {form.agreedToBeNamed && (
        <PersonPicker
          id={`${id}-interviewee`}
          label={t('research.editor.interviewee')}
          helperText={
            errorText('intervieweeRef') ?? t('research.editor.intervieweeHelp')
          }
          error={!!errorText('intervieweeRef')}
          teams={teams.value ?? []}
          value={person}
          onChange={setPerson}
        />
      )}
      {LIST_FIELDS.map(field => (
        <TextField
          key={field}
          {...text(field, t(`research.note.${field}`))}
          helperText={errorText(field) ?? t('research.editor.linesHelp')}
          multiline
          minRows={2}
        />
      ))}
      <TextField
        {...text('contextSwitches', t('research.editor.contextSwitches'))}
        type="number"
        inputProps={{ min: 0 }}
      />
      <TextField
        {...text('minutesWaiting', t('research.editor.minutesWaiting'))}
        type="number"
        inputProps={{ min: 0 }}
      />
      <QuotesField
        id={`${id}-quotes`}
        quotes={form.quotes}
        onChange={quotes => change({ quotes })}
      />
      <AssumptionsField
        id={`${id}-assumptions`}
        assumptions={form.assumptions}
        onChange={assumptions => change({ assumptions })}
      />
      <TextField
        {...text('body', t('research.editor.body'))}
        multiline
        minRows={6}
      />
    </FormDialog>
  );
}

/** Picks catalog entities (teams or tools) by title; the value is their refs. */
function RefsField(props: {
  id: string;
  label: string;
  options: (Team | Tool)[];
  value: string[];
  onChange: (refs: string[]) => void;
}) {
  const { options, value } = props;
  return (
    <Autocomplete
      id={props.id}
      multiple
      filterSelectedOptions
      options={options}
      getOptionLabel={option => option.title}
      value={options.filter(option => value.includes(option.ref))}
      onChange={(_, chosen) => props.onChange(chosen.map(o => o.ref))}
      renderInput={params => (
        <TextField {...params} label={props.label} margin="dense" />
      )}
    />
  );
}
