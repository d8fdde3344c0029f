import { Chip } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** What the inbox's "Open" filter means. */
export const openStatuses: FeedbackStatus[] = [
  'new',
  'acknowledged',
  'planned',
];

/** A feedback item's status; open statuses filled, closed ones outlined. */
export function StatusChip(props: { status: FeedbackStatus }) {
  const { status } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Chip
      size="small"
      label={t(`feedback.statuses.${status}`)}
      color={status === 'new' ? 'primary' : 'default'}
      variant={openStatuses.includes(status) ? 'default' : 'outlined'}
    />
  );
}
