import { useId } from 'react';
import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { EntryForm, PublishChoice } from './changelogForm';

const choices: PublishChoice[] = ['draft', 'scheduled', 'published'];

/**
 * When the entry goes out (draft, scheduled at a future time, or now) and whether champions
 * see it first. `published` entries only offer early access: they are out already.
 */
export function PublishFields(props: {
  form: EntryForm;
  /** Error texts of the date fields. */
  errors: { publishAt?: string; earlyAccessUntil?: string };
  published: boolean;
  onChange: (patch: Partial<EntryForm>) => void;
}) {
  const { form, errors, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const dateField = {
    type: 'datetime-local',
    variant: 'outlined',
    margin: 'normal',
    InputLabelProps: { shrink: true },
  } as const;
  return (
    <>
      {!props.published && (
        <FormControl component="fieldset" margin="normal" fullWidth>
          <FormLabel component="legend">
            {t('changelog.publish.status')}
          </FormLabel>
          <RadioGroup
            row
            name={`${id}-status`}
            value={form.status}
            onChange={e =>
              onChange({ status: e.target.value as PublishChoice })
            }
          >
            {choices.map(choice => (
              <FormControlLabel
                key={choice}
                value={choice}
                control={<Radio color="primary" />}
                label={t(`changelog.publish.choices.${choice}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {!props.published && form.status === 'scheduled' && (
        <TextField
          {...dateField}
          id={`${id}-publish-at`}
          label={t('changelog.publish.publishAt')}
          value={form.publishAt}
          onChange={e => onChange({ publishAt: e.target.value })}
          error={!!errors.publishAt}
          helperText={errors.publishAt ?? t('changelog.publish.publishAtHelp')}
          required
        />
      )}
      <div>
        <FormControlLabel
          control={
            <Checkbox
              checked={form.earlyAccess}
              onChange={e => onChange({ earlyAccess: e.target.checked })}
            />
          }
          label={t('changelog.publish.earlyAccess')}
        />
      </div>
      {form.earlyAccess && (
        <TextField
          {...dateField}
          id={`${id}-early-access-until`}
          label={t('changelog.publish.earlyAccessUntil')}
          value={form.earlyAccessUntil}
          onChange={e => onChange({ earlyAccessUntil: e.target.value })}
          error={!!errors.earlyAccessUntil}
          helperText={
            errors.earlyAccessUntil ??
            t('changelog.publish.earlyAccessUntilHelp')
          }
        />
      )}
    </>
  );
}
