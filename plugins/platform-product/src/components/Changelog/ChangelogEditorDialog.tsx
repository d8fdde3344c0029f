import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Grid, Tab, Tabs, TextField } from '@material-ui/core';
import {
  ChangelogCategory,
  changelogCategories,
  ChangelogEntry,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { useChangedMeanwhile } from '../../hooks/useChangedMeanwhile';
import { useLengthLimit } from '../../hooks/useLengthLimit';
import { platformProductTranslationRef } from '../../translation';
import { useFieldErrors } from '../shared/fieldErrors';
import { FormDialog } from '../shared/FormDialog';
import {
  EntryForm,
  FormError,
  initialForm,
  previewEntry,
  toInput,
  validate,
} from './changelogForm';
import { ChangelogEntryView } from './ChangelogEntryView';
import { LinkFields } from './LinkFields';
import { PublishFields } from './PublishFields';

/** The request's fields the editor shows the server's word on, next to the field. */
const FIELDS = [
  'title',
  'body',
  'before',
  'after',
  'publishAt',
  'earlyAccessUntil',
] as const;
type Field = (typeof FIELDS)[number];

export interface ChangelogEditorDialogProps {
  /** The entry to edit; writes a new one when unset. */
  entry?: ChangelogEntry;
  onClose: () => void;
  onSaved: (entry: ChangelogEntry) => void;
  /** Reloads the edited entry, offered when someone else changed it meanwhile. */
  onReload?: () => void;
}

/** Writes or edits a changelog entry, with a preview exactly as readers will see it. */
export function ChangelogEditorDialog(props: ChangelogEditorDialogProps) {
  const { entry, onSaved } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [form, setForm] = useState(() => initialForm(entry));
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? validate(form) : {};
  const server = useFieldErrors();
  const changedMeanwhile = useChangedMeanwhile(entry, {
    title: t('changelog.editor.title'),
    category: t('changelog.category'),
    body: t('changelog.editor.body'),
    before: t('changelog.entry.before'),
    after: t('changelog.entry.after'),
    toolRefs: t('changelog.links.tools'),
    roadmapItemIds: t('changelog.links.roadmapItems'),
  });
  // The form's own check first, then the server's word on the field (a 400 names it).
  const errorText = (field: Field) => {
    const error = (errors as Partial<Record<Field, FormError>>)[field];
    return error ? t(`changelog.editor.errors.${error}`) : server.errors[field];
  };
  const limits = {
    title: useLengthLimit(form.title, 200),
    body: useLengthLimit(form.body, 50_000),
    before: useLengthLimit(form.before, 10_000),
    after: useLengthLimit(form.after, 10_000),
  };
  /** A markdown field's helper: its error, a cut paste, or what it is for. */
  const helper = (field: 'body' | 'before' | 'after', help: string) => {
    const problem = errorText(field) ?? limits[field].message;
    return { error: !!problem, helperText: problem ?? help };
  };
  const published = entry?.status === 'published';
  const change = (patch: Partial<EntryForm>) =>
    setForm(f => ({ ...f, ...patch }));

  const save = async () => {
    setSubmitted(true);
    if (Object.keys(validate(form)).length) {
      setTab('write');
      return;
    }
    const input = toInput(form);
    onSaved(
      await server.capture(() =>
        entry
          ? api.updateChangelogEntry(entry.id, {
              ...input,
              version: entry.version,
            })
          : api.createChangelogEntry(input),
      ),
    );
  };

  const field = {
    fullWidth: true,
    margin: 'normal',
    variant: 'outlined',
  } as const;
  const markdown = { ...field, multiline: true };

  return (
    <FormDialog
      title={
        entry ? t('changelog.editor.editTitle') : t('changelog.editor.newTitle')
      }
      submitLabel={t(
        `changelog.editor.submit.${published ? 'save' : form.status}`,
      )}
      onSubmit={save}
      onClose={props.onClose}
      onReload={props.onReload}
      fields={[...FIELDS]}
      changedMeanwhile={changedMeanwhile}
      maxWidth="md"
    >
      <Tabs
        value={tab}
        onChange={(_, value) => setTab(value)}
        indicatorColor="primary"
        textColor="primary"
      >
        <Tab
          value="write"
          label={t('changelog.editor.write')}
          id={`${id}-write`}
          aria-controls={`${id}-write-panel`}
        />
        <Tab
          value="preview"
          label={t('changelog.editor.preview')}
          id={`${id}-preview`}
          aria-controls={`${id}-preview-panel`}
        />
      </Tabs>
      {tab === 'preview' && (
        <Box
          role="tabpanel"
          id={`${id}-preview-panel`}
          aria-labelledby={`${id}-preview`}
          pt={2}
        >
          <ChangelogEntryView
            entry={previewEntry(form, t('changelog.editor.untitled'), entry)}
            headingLevel={3}
            context="preview"
          />
        </Box>
      )}
      {/* Hidden, not unmounted, while previewing: the choices stay loaded. */}
      <Box
        role="tabpanel"
        id={`${id}-write-panel`}
        aria-labelledby={`${id}-write`}
        hidden={tab !== 'write'}
        pt={1}
      >
        <TextField
          {...field}
          id={`${id}-title`}
          label={t('changelog.editor.title')}
          value={form.title}
          onChange={e => change({ title: e.target.value })}
          error={!!(errorText('title') ?? limits.title.message)}
          helperText={errorText('title') ?? limits.title.message}
          inputProps={limits.title.inputProps}
          required
        />
        <TextField
          {...field}
          id={`${id}-category`}
          label={t('changelog.category')}
          value={form.category}
          onChange={e =>
            change({ category: e.target.value as ChangelogCategory })
          }
          select
          SelectProps={{ native: true }}
        >
          {changelogCategories.map(category => (
            <option key={category} value={category}>
              {t(`changelog.categories.${category}`)}
            </option>
          ))}
        </TextField>
        <TextField
          {...markdown}
          id={`${id}-body`}
          label={t('changelog.editor.body')}
          value={form.body}
          onChange={e => change({ body: e.target.value })}
          {...helper('body', t('changelog.editor.markdown'))}
          inputProps={limits.body.inputProps}
          minRows={4}
        />
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            <TextField
              {...markdown}
              id={`${id}-before`}
              label={t('changelog.entry.before')}
              value={form.before}
              onChange={e => change({ before: e.target.value })}
              {...helper('before', t('changelog.editor.beforeHelp'))}
              inputProps={limits.before.inputProps}
              minRows={2}
            />
          </Grid>
          <Grid item xs={12} sm={6}>
            <TextField
              {...markdown}
              id={`${id}-after`}
              label={t('changelog.entry.after')}
              value={form.after}
              onChange={e => change({ after: e.target.value })}
              {...helper('after', t('changelog.editor.afterHelp'))}
              inputProps={limits.after.inputProps}
              minRows={2}
            />
          </Grid>
        </Grid>
        <LinkFields
          toolRefs={form.toolRefs}
          roadmapItemIds={form.roadmapItemIds}
          onChange={change}
        />
        <PublishFields
          form={form}
          errors={{
            publishAt: errorText('publishAt'),
            earlyAccessUntil: errorText('earlyAccessUntil'),
          }}
          published={published}
          onChange={change}
        />
      </Box>
    </FormDialog>
  );
}
