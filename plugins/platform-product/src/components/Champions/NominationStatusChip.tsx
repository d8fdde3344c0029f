import { Chip } from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';

const labels: Record<Nomination['status'], string> = {
  open: 'Open',
  approved: 'Approved',
  declined: 'Declined',
};

export function NominationStatusChip(props: { status: Nomination['status'] }) {
  const { status } = props;
  return (
    <Chip
      size="small"
      label={labels[status]}
      color={status === 'approved' ? 'primary' : 'default'}
      variant={status === 'open' ? 'outlined' : 'default'}
    />
  );
}
