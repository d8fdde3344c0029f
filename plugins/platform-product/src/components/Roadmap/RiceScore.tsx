import { Tooltip, Typography } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { formatScore, riceFormula } from './format';

/** "RICE 160", explaining the score on hover and on keyboard focus. */
export function RiceScore(props: {
  item: Pick<
    RoadmapItem,
    'reach' | 'impact' | 'confidence' | 'effort' | 'riceScore'
  >;
}) {
  const { item } = props;
  return (
    <Tooltip
      title={`Reach × Impact × Confidence ÷ Effort: ${riceFormula(
        item,
        item.riceScore,
      )}`}
    >
      <Typography component="span" variant="body2" tabIndex={0}>
        RICE {formatScore(item.riceScore)}
      </Typography>
    </Tooltip>
  );
}
