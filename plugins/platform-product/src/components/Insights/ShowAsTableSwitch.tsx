import { FormControlLabel, Switch } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';

/** "Show as table": the same numbers as the charts, in a table. */
export function ShowAsTableSwitch(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <FormControlLabel
      control={
        <Switch
          checked={props.checked}
          onChange={event => props.onChange(event.target.checked)}
          color="primary"
        />
      }
      label={t('insights.showAsTable')}
    />
  );
}
