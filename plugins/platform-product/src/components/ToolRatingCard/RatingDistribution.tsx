import { Box, LinearProgress, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RatingSummary } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

const STARS = [5, 4, 3, 2, 1] as const;

/**
 * One bar per star value, largest first, with counts. Only for a summary whose figures are
 * shown (from the minimum group size on).
 */
export function RatingDistribution(props: {
  count: number;
  distribution: NonNullable<RatingSummary['distribution']>;
}) {
  const { count, distribution } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Box component="dl" m={0}>
      {STARS.map(stars => (
        <Box key={stars} display="flex" alignItems="center" mb={0.5}>
          <Typography component="dt" variant="body2" style={{ width: 56 }}>
            {t('feedback.ratingCard.stars', { count: stars })}
          </Typography>
          <Box flexGrow={1} mx={1}>
            <LinearProgress
              variant="determinate"
              value={count ? (distribution[stars] / count) * 100 : 0}
              aria-hidden
            />
          </Box>
          <Typography
            component="dd"
            variant="body2"
            style={{ width: 32, margin: 0 }}
          >
            {distribution[stars]}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
