import { useState } from 'react';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
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
import { formatDate, formatNps } from '../Surveys/format';
import { HiddenFigure, useHiddenFiguresNote } from '../shared/HiddenFigure';
import { CsvCell } from './csv';
import { DownloadCsvButton } from './DownloadCsvButton';
import { useInsightsLinks } from './links';
import { ShowAsTableSwitch } from './ShowAsTableSwitch';
import { useChartTheme } from './useChartTheme';
import { SectionCard } from './SectionCard';

/** The table's rows as CSV, header first; a survey's hidden results are "hidden". */
const npsCsv = (surveys: SurveyTrendPoint[]): CsvCell[][] => [
  ['Survey', 'Closes', 'Responses', 'NPS'],
  ...surveys.map(s => [
    s.title,
    formatDate(s.closesAt),
    s.score ? s.score.responses : 'hidden',
    s.score ? s.score.nps : 'hidden',
  ]),
];

/** Why some surveys show no figures, when some do not. */
function HiddenNote(props: { surveys: SurveyTrendPoint[] }) {
  const hiddenFiguresNote = useHiddenFiguresNote();
  const hidden = props.surveys.filter(s => !s.score).length;
  if (!hidden) return null;
  return (
    <Box mt={1}>
      <Typography variant="caption" color="textSecondary" component="p">
        {hidden === 1 ? 'One survey has' : `${hidden} surveys have`} too few
        answers to show. {hiddenFiguresNote()}
      </Typography>
    </Box>
  );
}

function NpsChart(props: { surveys: SurveyTrendPoint[] }) {
  const { palette, axis, grid, tooltip } = useChartTheme();
  const points = props.surveys.flatMap(({ surveyId, title, score }) =>
    !score || score.nps === null ? [] : [{ surveyId, title, nps: score.nps }],
  );
  if (!points.length) {
    return (
      <Typography color="textSecondary">
        No platform-wide survey has enough answers to show yet.
      </Typography>
    );
  }
  return (
    <div
      role="img"
      aria-label={`Platform NPS per survey: ${points
        .map(p => `${p.title} ${formatNps(p.nps)}`)
        .join(', ')}`}
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
            name="NPS"
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
  const links = useInsightsLinks();
  return (
    <Table size="small" aria-label="Platform NPS per survey">
      <TableHead>
        <TableRow>
          <TableCell>Survey</TableCell>
          <TableCell>Closes</TableCell>
          <TableCell align="right">Responses</TableCell>
          <TableCell align="right">NPS</TableCell>
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
  const api = useApi(platformProductApiRef);
  const [asTable, setAsTable] = useState(false);
  const { value, error } = useAsync(() => api.getNpsTrend(), [api]);

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.length) {
      return (
        <Typography color="textSecondary">
          No platform-wide survey has answers yet.
        </Typography>
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
      title="Platform NPS per survey"
      subheader="Surveys about the whole platform, oldest first, from −100 to 100"
      action={
        <DownloadCsvButton
          fileName="platform-nps.csv"
          rows={() => npsCsv(value ?? [])}
          disabled={!value?.length}
        />
      }
    >
      {content()}
    </SectionCard>
  );
}
