import { useId } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { platformProductTranslationRef } from '../../translation';

const MAX_AREAS = 10;
const AREA_MAX_LENGTH = 40;

/** Trimmed, each once, at most ten. */
const cleanAreas = (areas: string[]) =>
  [...new Set(areas.map(area => area.trim()).filter(Boolean))].slice(
    0,
    MAX_AREAS,
  );

/** What a champion focuses on, typed as free-text chips: "CI", "Observability", … */
export function FocusAreasField(props: {
  value: string[];
  onChange: (areas: string[]) => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const full = props.value.length >= MAX_AREAS;
  return (
    <Autocomplete<string, true, false, true>
      id={`${id}-focus-areas`}
      multiple
      freeSolo
      // A typed area counts when the field loses focus too, not only on Enter.
      autoSelect
      options={[]}
      value={props.value}
      onChange={(_, areas) => props.onChange(cleanAreas(areas))}
      ChipProps={{ size: 'small' }}
      renderInput={params => (
        <TextField
          {...params}
          label={t('champions.fields.focusAreas')}
          helperText={
            full
              ? t('champions.focusAreas.full', { max: String(MAX_AREAS) })
              : t('champions.focusAreas.help', { max: String(MAX_AREAS) })
          }
          inputProps={{
            ...params.inputProps,
            maxLength: AREA_MAX_LENGTH,
            readOnly: full,
          }}
          fullWidth
          margin="normal"
          variant="outlined"
        />
      )}
    />
  );
}
