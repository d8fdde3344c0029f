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
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../Roadmap/FormDialog';
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
  const errorText = (error?: FormError) =>
    error && t(`changelog.editor.errors.${error}`);
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
      entry
        ? await api.updateChangelogEntry(entry.id, {
            ...input,
            version: entry.version,
          })
        : await api.createChangelogEntry(input),
    );
  };

  const field = {
    fullWidth: true,
    margin: 'normal',
    variant: 'outlined',
  } as const;
  const markdown = {
    ...field,
    multiline: true,
    helperText: t('changelog.editor.markdown'),
  };

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
          error={!!errors.title}
          helperText={errorText(errors.title)}
          inputProps={{ maxLength: 200 }}
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
          inputProps={{ maxLength: 50_000 }}
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
              helperText={t('changelog.editor.beforeHelp')}
              inputProps={{ maxLength: 10_000 }}
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
              helperText={t('changelog.editor.afterHelp')}
              inputProps={{ maxLength: 10_000 }}
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
            publishAt: errorText(errors.publishAt),
            earlyAccessUntil: errorText(errors.earlyAccessUntil),
          }}
          published={published}
          onChange={change}
        />
      </Box>
    </FormDialog>
  );
}
