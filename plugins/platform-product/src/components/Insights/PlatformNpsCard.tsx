import { useState } from 'react';
import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { SurveyTrendPoint } from 'backstage-plugin-platform-product-common';
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
import { formatDate, formatNps } from '../shared/format';
import { HiddenFigure, useHiddenFiguresNote } from '../shared/HiddenFigure';
import { CsvCell } from '../shared/csv';
import { DownloadCsvButton } from '../shared/DownloadCsvButton';
import { useInsightsLinks } from './links';
import { ShowAsTableSwitch } from './ShowAsTableSwitch';
import { useChartTheme } from './useChartTheme';
import { SectionCard } from './SectionCard';

/** The table's rows as CSV, header first; a survey's hidden results are empty. */
const npsCsv = (surveys: SurveyTrendPoint[]): CsvCell[][] => [
  ['Survey', 'Closes', 'Responses', 'NPS'],
  ...surveys.map(s => [s.title, s.closesAt, s.score?.responses, s.score?.nps]),
];

/** Why some surveys show no figures, when some do not. */
function HiddenNote(props: { surveys: SurveyTrendPoint[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const hidden = props.surveys.filter(s => !s.score).length;
  if (!hidden) return null;
  return (
    <Box mt={1}>
      <Typography variant="caption" color="textSecondary" component="p">
        {t('insights.nps.tooFew', { count: hidden })} {hiddenFiguresNote()}
      </Typography>
    </Box>
  );
}

function NpsChart(props: { surveys: SurveyTrendPoint[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { palette, axis, grid, tooltip } = useChartTheme();
  const points = props.surveys.flatMap(({ surveyId, title, score }) =>
    !score || score.nps === null ? [] : [{ surveyId, title, nps: score.nps }],
  );
  if (!points.length) {
    return (
      <Typography color="textSecondary">
        {t('insights.nps.noneShown')}
      </Typography>
    );
  }
  return (
    <div
      role="img"
      aria-label={t('insights.nps.chart', {
        surveys: points.map(p => `${p.title} ${formatNps(p.nps)}`).join(', '),
      })}
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 16, right: 24, left: 0 }}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="title" {...axis} />
          <YAxis
            domain={[-100, 100]}
            ticks={[-100, -50, 0, 50, 100]}
            {...axis}
          />
          <ReferenceLine y={0} stroke={palette.divider} />
          <Tooltip {...tooltip} />
          <Line
            type="monotone"
            dataKey="nps"
            name={t('insights.fields.nps')}
            stroke={palette.primary.main}
            strokeWidth={2}
            dot={{ fill: palette.primary.main }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function NpsTable(props: { surveys: SurveyTrendPoint[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useInsightsLinks();
  return (
    <Table size="small" aria-label={t('insights.nps.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('insights.fields.survey')}</TableCell>
          <TableCell>{t('insights.fields.closes')}</TableCell>
          <TableCell align="right">{t('insights.fields.responses')}</TableCell>
          <TableCell align="right">{t('insights.fields.nps')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.surveys.map(survey => (
          <TableRow key={survey.surveyId}>
            <TableCell>
              <Link to={links.survey(survey.surveyId)}>{survey.title}</Link>
            </TableCell>
            <TableCell>{formatDate(survey.closesAt)}</TableCell>
            <TableCell align="right">
              {survey.score ? survey.score.responses : <HiddenFigure />}
            </TableCell>
            <TableCell align="right">
              {survey.score ? formatNps(survey.score.nps) : <HiddenFigure />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The NPS of each platform-wide survey, oldest first, as a line chart or a table. */
export function PlatformNpsCard() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const [asTable, setAsTable] = useState(false);
  const { value, error } = useAsync(() => api.getNpsTrend(), [api]);

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.length) {
      return (
        <EmptyState
          missing="content"
          title={t('insights.nps.empty.title')}
          description={t('insights.nps.empty.description')}
          action={
            <DocsButton page="insights" anchor="no-platform-wide-survey" />
          }
        />
      );
    }
    return (
      <>
        <ShowAsTableSwitch checked={asTable} onChange={setAsTable} />
        {asTable ? <NpsTable surveys={value} /> : <NpsChart surveys={value} />}
        <HiddenNote surveys={value} />
      </>
    );
  };

  return (
    <SectionCard
      title={t('insights.nps.title')}
      subheader={t('insights.nps.subheader')}
      action={
        <DownloadCsvButton
          table="platform-nps"
          rows={() => npsCsv(value ?? [])}
          disabled={!value?.length}
        />
      }
    >
      {content()}
    </SectionCard>
  );
}
