import { Chip } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { statusLabels } from './format';
import { useLaneTitles } from './laneTitles';

/** Where an item stands: its lane while active ("Now"), else "Shipped" or "Killed". */
export function ItemStateChip(props: {
  item: Pick<RoadmapItem, 'lane' | 'status'>;
}) {
  const { lane, status } = props.item;
  const laneTitles = useLaneTitles();
  return (
    <Chip
      size="small"
      variant={status === 'active' ? 'outlined' : 'default'}
      color={status === 'shipped' ? 'primary' : 'default'}
      label={status === 'active' ? laneTitles[lane] : statusLabels[status]}
    />
  );
}
