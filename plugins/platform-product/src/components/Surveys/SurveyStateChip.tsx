import { Chip } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { SurveyState } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** "scheduled", "open" (highlighted) or "closed". */
export function SurveyStateChip(props: { state: SurveyState }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { state } = props;
  return (
    <Chip
      size="small"
      label={t(`surveys.states.${state}`)}
      color={state === 'open' ? 'primary' : 'default'}
      variant={state === 'closed' ? 'outlined' : 'default'}
    />
  );
}
