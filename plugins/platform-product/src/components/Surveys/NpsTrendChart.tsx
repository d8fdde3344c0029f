import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Typography, useTheme } from '@material-ui/core';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { useHiddenFiguresNote } from '../shared/HiddenFigure';
import { formatNps } from '../shared/format';

/**
 * The NPS of the latest surveys with the same scope as the current one (the same tool, or the
 * whole platform) whose results can be shown, oldest first, with the current survey marked.
 */
export function NpsTrendChart(props: {
  currentSurveyId: number;
  toolRef?: string;
  minGroupSize: number;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { currentSurveyId, toolRef, minGroupSize } = props;
  const api = useApi(platformProductApiRef);
  const { palette, typography } = useTheme();
  const { value, loading, error } = useAsync(
    () => api.getSurveyTrend({ toolRef }),
    [api, toolRef],
  );

  const content = () => {
    if (loading) return <Progress />;
    if (error) return <ResponseErrorPanel error={error} />;
    const surveys = value ?? [];
    const points = surveys.flatMap(({ surveyId, title, score }) =>
      !score || score.nps === null ? [] : [{ surveyId, title, nps: score.nps }],
    );
    const hidden = surveys.filter(s => !s.score).length;
    if (points.length < 2) {
      return (
        <EmptyState
          missing="content"
          title={t('surveys.trend.empty.title')}
          description={t('surveys.trend.empty.description', {
            minGroupSize: String(minGroupSize),
          })}
          action={<DocsButton page="feedback" anchor="no-nps-trend-yet" />}
        />
      );
    }
    const titles = new Map(points.map(p => [p.surveyId, p.title]));
    const titleOf = (surveyId: number) => titles.get(surveyId) ?? '';
    const axis = {
      stroke: palette.text.secondary,
      tick: {
        fill: palette.text.secondary,
        fontSize: typography.caption.fontSize,
      },
    };
    return (
      <>
        <div
          role="img"
          aria-label={t('surveys.trend.chart', {
            surveys: points
              .map(p => `${p.title} ${formatNps(p.nps)}`)
              .join(', '),
          })}
        >
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={points} margin={{ top: 24, right: 48, left: 8 }}>
              <CartesianGrid stroke={palette.divider} strokeDasharray="3 3" />
              <XAxis
                dataKey="surveyId"
                tickFormatter={titleOf}
                interval={0}
                padding={{ left: 48, right: 48 }}
                {...axis}
              />
              <YAxis
                domain={[-100, 100]}
                ticks={[-100, -50, 0, 50, 100]}
                {...axis}
              />
              <ReferenceLine y={0} stroke={palette.divider} />
              <ReferenceLine
                x={currentSurveyId}
                stroke={palette.secondary.main}
                strokeDasharray="4 4"
                label={{
                  value: t('surveys.trend.thisSurvey'),
                  position: 'top',
                  fill: palette.text.primary,
                }}
              />
              <Tooltip
                labelFormatter={titleOf}
                contentStyle={{
                  backgroundColor: palette.background.paper,
                  borderColor: palette.divider,
                  color: palette.text.primary,
                }}
              />
              <Line
                type="monotone"
                dataKey="nps"
                name={t('surveys.trend.nps')}
                stroke={palette.primary.main}
                strokeWidth={2}
                dot={{ fill: palette.primary.main }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        {hidden > 0 && (
          <Typography variant="caption" color="textSecondary" component="p">
            {t('surveys.trend.leftOut', { count: hidden })}{' '}
            {hiddenFiguresNote(minGroupSize)}
          </Typography>
        )}
      </>
    );
  };

  return (
    <InfoCard title={t('surveys.trend.title')} variant="gridItem">
      {content()}
    </InfoCard>
  );
}
