import { ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField, Typography } from '@material-ui/core';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from './errorMessage';

/** How long typing pauses before the server is asked. */
export const SEARCH_DEBOUNCE_MS = 250;

/** How many matches a picker asks the server for. */
const MATCHES = 20;

/** What a picker shows of an option: its title, and a line about it (status, team…). */
export interface PickerOption {
  key: string | number;
  title: string;
  detail?: string;
}

/**
 * What a picker built on `SearchPicker` takes from the form it stands in: one value, or with
 * `multiple` several (then `value` lists them all).
 */
export type PickerProps<T extends PickerOption> = {
  id: string;
  label: string;
  helperText?: ReactNode;
  error?: boolean;
  required?: boolean;
} & (
  | { multiple?: false; value?: T; onChange: (value: T | undefined) => void }
  | { multiple: true; value: T[]; onChange: (value: T[]) => void }
);

/**
 * A field that finds what it links to by searching the server as you type (debounced), and
 * shows each match's title and what it is (its status, team…): pick, don't type an id.
 * Keyboard: type, arrows to move, Enter to pick, Escape to close.
 */
export function SearchPicker<T extends PickerOption>(
  props: PickerProps<T> & {
    /** At most `limit` options matching the typed text (all of them may be asked for with ''). */
    search: (text: string, limit: number) => Promise<T[]>;
  },
) {
  const { multiple } = props;
  // One value or several: a list of them here.
  const value = props.multiple
    ? props.value
    : ([] as T[]).concat(props.value ?? []);
  const onChange = (chosen: T[]) =>
    props.multiple ? props.onChange(chosen) : props.onChange(chosen[0]);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [open, setOpen] = useState(false);
  const [input, setInput] = useState('');
  const [text, setText] = useState('');
  useDebounce(() => setText(input.trim()), SEARCH_DEBOUNCE_MS, [input]);
  // The latest search function, without asking again each time the caller renders.
  const search = useRef(props.search);
  useEffect(() => {
    search.current = props.search;
  });
  const found = useAsync(
    async () => ({
      text,
      options: open ? await search.current(text, MATCHES) : [],
    }),
    [open, text],
  );
  // Only the matches of what is typed now: never stale ones while the text is on its way.
  const current = found.value?.text === input.trim() && !found.loading;
  const options = current ? found.value!.options : [];

  return (
    <Autocomplete<T, boolean, false, false>
      id={props.id}
      multiple={multiple}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      // The server filters; the options are what it found.
      filterOptions={matches => matches}
      filterSelectedOptions={multiple}
      loading={!current && !found.error}
      value={multiple ? value : value[0] ?? null}
      onChange={(_, chosen) => onChange(([] as T[]).concat(chosen ?? []))}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      getOptionLabel={option => option.title}
      getOptionSelected={(option, selected) => option.key === selected.key}
      renderOption={option => (
        <div>
          <Typography variant="body2">{option.title}</Typography>
          {option.detail && (
            <Typography variant="caption" color="textSecondary">
              {option.detail}
            </Typography>
          )}
        </div>
      )}
      loadingText={t('common.picker.loading')}
      noOptionsText={
        found.error
          ? t('common.picker.error', { error: errorMessage(found.error) })
          : t('common.picker.noMatch')
      }
      openText={t('common.picker.open')}
      closeText={t('common.picker.close')}
      clearText={t('common.picker.clear')}
      renderInput={params => (
        <TextField
          {...params}
          label={props.label}
          helperText={props.helperText}
          error={props.error}
          required={props.required}
          placeholder={t('common.picker.placeholder')}
          fullWidth
          margin="normal"
          variant="outlined"
        />
      )}
    />
  );
}
