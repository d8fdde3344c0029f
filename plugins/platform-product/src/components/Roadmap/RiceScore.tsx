import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Tooltip, Typography } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatScore, riceFormula } from './format';

/** "RICE 160", explaining the score on hover and on keyboard focus. */
export function RiceScore(props: {
  item: Pick<
    RoadmapItem,
    'reach' | 'impact' | 'confidence' | 'effort' | 'riceScore'
  >;
}) {
  const { item } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Tooltip
      title={t('roadmap.rice.explained', {
        formula: t('roadmap.rice.formula'),
        values: riceFormula(item, item.riceScore),
      })}
    >
      <Typography component="span" variant="body2" tabIndex={0}>
        {t('roadmap.rice.score', { score: formatScore(item.riceScore) })}
      </Typography>
    </Tooltip>
  );
}
