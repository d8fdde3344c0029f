import { FormControlLabel, Switch } from '@material-ui/core';

/** "Show as table": the same numbers as the charts, in a table. */
export function ShowAsTableSwitch(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormControlLabel
      control={
        <Switch
          checked={props.checked}
          onChange={event => props.onChange(event.target.checked)}
          color="primary"
        />
      }
      label="Show as table"
    />
  );
}
