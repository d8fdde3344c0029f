import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useTheme } from '@material-ui/core';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { formatDay } from '../shared/format';
import { DocsButton } from '../shared/DocsButton';

const DAYS = 90;

const formatPercentValue = (value: number) => `${value} %`;

/** Coverage (share of teams with a champion) of the last 90 days, from the daily snapshots. */
export function CoverageHistoryChart() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { palette, typography } = useTheme();
  const { value, error } = useAsync(() => api.getCoverageHistory(DAYS), [api]);

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    const points = value.map(snapshot => ({
      day: snapshot.day,
      coverage: snapshot.eligibleTeams
        ? Math.round((snapshot.coveredTeams / snapshot.eligibleTeams) * 100)
        : 0,
    }));
    if (points.length < 2) {
      return (
        <EmptyState
          missing="data"
          title={t('champions.history.empty.title')}
          description={t('champions.history.empty.description')}
          action={<DocsButton page="champions" anchor="roster-and-coverage" />}
        />
      );
    }
    const first = points[0];
    const last = points[points.length - 1];
    const axis = {
      stroke: palette.text.secondary,
      tick: {
        fill: palette.text.secondary,
        fontSize: typography.caption.fontSize,
      },
    };
    return (
      <div
        role="img"
        aria-label={t('champions.history.summary', {
          days: String(DAYS),
          from: formatPercentValue(first.coverage),
          fromDay: formatDay(first.day),
          to: formatPercentValue(last.coverage),
          toDay: formatDay(last.day),
        })}
      >
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 16, right: 24, left: 0 }}>
            <CartesianGrid stroke={palette.divider} strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={formatDay} {...axis} />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={formatPercentValue}
              {...axis}
            />
            <Tooltip
              labelFormatter={formatDay}
              formatter={(coverage: number) => formatPercentValue(coverage)}
              contentStyle={{
                backgroundColor: palette.background.paper,
                borderColor: palette.divider,
                color: palette.text.primary,
              }}
            />
            <Line
              type="monotone"
              dataKey="coverage"
              name={t('champions.coverage.title')}
              stroke={palette.primary.main}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    );
  };

  return (
    <InfoCard
      title={t('champions.history.title')}
      subheader={t('champions.history.subheader', { days: String(DAYS) })}
      headerProps={headingTitle(3)}
    >
      {content()}
    </InfoCard>
  );
}
