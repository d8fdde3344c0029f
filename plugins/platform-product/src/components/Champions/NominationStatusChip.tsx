import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Chip } from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

export function NominationStatusChip(props: { status: Nomination['status'] }) {
  const { status } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Chip
      size="small"
      label={t(`champions.nominations.statuses.${status}`)}
      color={status === 'approved' ? 'primary' : 'default'}
      variant={status === 'open' ? 'outlined' : 'default'}
    />
  );
}
