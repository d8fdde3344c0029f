import { ReactNode, useEffect, useState } from 'react';
import { Box, TextField } from '@material-ui/core';

/**
 * A labelled native select, as in the suite's filter bars. Native selects always show a value
 * ("All tools" is an empty one), so the label stays up.
 */
export function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      select
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      style={{ minWidth: 180 }}
    >
      {props.children}
    </TextField>
  );
}

/**
 * The row of filters (or of actions on the selected rows) above a list; with `label`, a
 * region of that name.
 */
export function FilterBar(props: { label?: string; children: ReactNode }) {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 16 }}
      mb={2}
      role={props.label ? 'region' : undefined}
      aria-label={props.label}
    >
      {props.children}
    </Box>
  );
}

/**
 * The options of an entity filter (tools, teams). A value from the URL that is not among them
 * (a renamed tool, say) stays selectable, shown by its ref.
 */
export function refOptions(
  options: { ref: string; title: string }[],
  value?: string,
) {
  const all =
    value && !options.some(o => o.ref === value)
      ? [...options, { ref: value, title: value }]
      : options;
  return all.map(option => (
    <option key={option.ref} value={option.ref}>
      {option.title}
    </option>
  ));
}

/**
 * A labelled free-text filter, applied on Enter or when leaving the field (not per keystroke:
 * each applied value is a history entry).
 */
export function TextFilter(props: {
  id: string;
  label: string;
  value?: string;
  maxLength: number;
  /** How a typed value is stored, e.g. lower-cased. */
  normalise?: (text: string) => string;
  onChange: (value?: string) => void;
}) {
  const { value, normalise = text => text, onChange } = props;
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const apply = () => {
    const next = normalise(text.trim()) || undefined;
    if (next !== value) onChange(next);
  };
  return (
    <TextField
      id={props.id}
      label={props.label}
      value={text}
      onChange={event => setText(event.target.value)}
      onBlur={apply}
      onKeyDown={event => {
        if (event.key === 'Enter') apply();
      }}
      type="search"
      variant="outlined"
      size="small"
      inputProps={{ maxLength: props.maxLength }}
    />
  );
}
