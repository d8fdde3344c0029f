import { Chip } from '@material-ui/core';
import { FeedbackStatus } from 'backstage-plugin-platform-product-common';
import { openStatuses, statusLabels } from './format';

/** A feedback item's status; open statuses filled, closed ones outlined. */
export function StatusChip(props: { status: FeedbackStatus }) {
  const { status } = props;
  return (
    <Chip
      size="small"
      label={statusLabels[status]}
      color={status === 'new' ? 'primary' : 'default'}
      variant={openStatuses.includes(status) ? 'default' : 'outlined'}
    />
  );
}
