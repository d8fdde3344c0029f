import { Chip } from '@material-ui/core';
import { SurveyState } from 'backstage-plugin-platform-product-common';

/** "scheduled", "open" (highlighted) or "closed". */
export function SurveyStateChip(props: { state: SurveyState }) {
  const { state } = props;
  return (
    <Chip
      size="small"
      label={state}
      color={state === 'open' ? 'primary' : 'default'}
      variant={state === 'closed' ? 'outlined' : 'default'}
    />
  );
}
