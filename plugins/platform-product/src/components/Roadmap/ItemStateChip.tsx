import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Chip } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useLaneTitles } from '../shared/laneTitles';

/** Where an item stands: its lane while active ("Now"), else "Shipped" or "Killed". */
export function ItemStateChip(props: {
  item: Pick<RoadmapItem, 'lane' | 'status'>;
}) {
  const { lane, status } = props.item;
  const laneTitles = useLaneTitles();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Chip
      size="small"
      variant={status === 'active' ? 'outlined' : 'default'}
      color={status === 'shipped' ? 'primary' : 'default'}
      label={
        status === 'active' ? laneTitles[lane] : t(`roadmap.status.${status}`)
      }
    />
  );
}
