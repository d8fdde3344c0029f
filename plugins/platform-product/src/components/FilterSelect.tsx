import { ReactNode } from 'react';
import { TextField } from '@material-ui/core';

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
