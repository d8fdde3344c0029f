import { Chip } from '@material-ui/core';
import { SuccessCriterion } from 'backstage-plugin-platform-product-common';

export const outcomeLabels: Record<SuccessCriterion['outcome'], string> = {
  pending: 'Pending',
  met: 'Met',
  missed: 'Missed',
};

const colors: Record<
  SuccessCriterion['outcome'],
  'primary' | 'secondary' | 'default'
> = { met: 'primary', missed: 'secondary', pending: 'default' };

/** Met (primary), missed (secondary) or pending (outlined). */
export function OutcomeChip(props: { outcome: SuccessCriterion['outcome'] }) {
  const { outcome } = props;
  return (
    <Chip
      size="small"
      label={outcomeLabels[outcome]}
      variant={outcome === 'pending' ? 'outlined' : 'default'}
      color={colors[outcome]}
    />
  );
}
