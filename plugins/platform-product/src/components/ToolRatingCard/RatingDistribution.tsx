import { Box, LinearProgress, Typography } from '@material-ui/core';
import { RatingSummary } from 'backstage-plugin-platform-product-common';

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
  return (
    <Box component="dl" m={0}>
      {STARS.map(stars => (
        <Box key={stars} display="flex" alignItems="center" mb={0.5}>
          <Typography component="dt" variant="body2" style={{ width: 56 }}>
            {stars} star{stars > 1 ? 's' : ''}
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
