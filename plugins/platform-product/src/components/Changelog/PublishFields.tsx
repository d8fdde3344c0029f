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
import { EntryForm, FormErrors, PublishChoice } from './changelogForm';

const choices: Record<PublishChoice, string> = {
  draft: 'Draft',
  scheduled: 'Schedule',
  published: 'Publish now',
};

/**
 * When the entry goes out (draft, scheduled at a future time, or now) and whether champions
 * see it first. `published` entries only offer early access: they are out already.
 */
export function PublishFields(props: {
  form: EntryForm;
  errors: FormErrors;
  published: boolean;
  onChange: (patch: Partial<EntryForm>) => void;
}) {
  const { form, errors, onChange } = props;
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
          <FormLabel component="legend">Status</FormLabel>
          <RadioGroup
            row
            name={`${id}-status`}
            value={form.status}
            onChange={e =>
              onChange({ status: e.target.value as PublishChoice })
            }
          >
            {Object.entries(choices).map(([value, label]) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio color="primary" />}
                label={label}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
      {!props.published && form.status === 'scheduled' && (
        <TextField
          {...dateField}
          id={`${id}-publish-at`}
          label="Publish at"
          value={form.publishAt}
          onChange={e => onChange({ publishAt: e.target.value })}
          error={!!errors.publishAt}
          helperText={errors.publishAt ?? 'Your local time'}
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
          label="Early access for champions"
        />
      </div>
      {form.earlyAccess && (
        <TextField
          {...dateField}
          id={`${id}-early-access-until`}
          label="Early access until"
          value={form.earlyAccessUntil}
          onChange={e => onChange({ earlyAccessUntil: e.target.value })}
          error={!!errors.earlyAccessUntil}
          helperText={
            errors.earlyAccessUntil ??
            'Then everyone sees it; leave empty to keep it for champions'
          }
        />
      )}
    </>
  );
}
