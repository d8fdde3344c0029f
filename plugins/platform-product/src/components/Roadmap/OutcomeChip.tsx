import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Chip } from '@material-ui/core';
import { SuccessCriterion } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

const colors: Record<
  SuccessCriterion['outcome'],
  'primary' | 'secondary' | 'default'
> = { met: 'primary', missed: 'secondary', pending: 'default' };

/** Met (primary), missed (secondary) or pending (outlined). */
export function OutcomeChip(props: { outcome: SuccessCriterion['outcome'] }) {
  const { outcome } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Chip
      size="small"
      label={t(`roadmap.outcomes.${outcome}`)}
      variant={outcome === 'pending' ? 'outlined' : 'default'}
      color={colors[outcome]}
    />
  );
}
