import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Grid,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';

const WEEKS = 12;

/** Changelog reach per week: of the people the week's entries were for, how many read them. */
export function ChangelogReachCard() {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { value, error } = useAsync(
    () => api.getChangelogReachByWeek(WEEKS),
    [api],
  );

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    const weeks = value.items.filter(week => week.entries > 0);
    return (
      <Table size="small" aria-label={t('insights.changelogReach.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('insights.changelogReach.week')}</TableCell>
            <TableCell align="right">
              {t('insights.changelogReach.entries')}
            </TableCell>
            <TableCell align="right">
              {t('insights.changelogReach.read')}
            </TableCell>
            <TableCell align="right">
              {t('insights.changelogReach.share')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {weeks.map(({ weekStart, entries, reach }) => (
            <TableRow key={weekStart}>
              <TableCell>{weekStart.slice(0, 10)}</TableCell>
              <TableCell align="right">{entries}</TableCell>
              <TableCell align="right">
                {reach
                  ? `${reach.readers}/${reach.audience}`
                  : t('insights.changelogReach.fewer', {
                      minGroupSize: String(value.minGroupSize),
                    })}
              </TableCell>
              <TableCell align="right">
                {reach
                  ? `${Math.round((100 * reach.readers) / reach.audience)} %`
                  : '—'}
              </TableCell>
            </TableRow>
          ))}
          {!weeks.length && (
            <TableRow>
              <TableCell colSpan={4}>
                {t('insights.changelogReach.empty')}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    );
  };

  return (
    <Grid item xs={12} md={6}>
      <InfoCard
        title={t('insights.changelogReach.title')}
        subheader={t('insights.changelogReach.subheader')}
        noPadding
      >
        {content()}
      </InfoCard>
    </Grid>
  );
}
