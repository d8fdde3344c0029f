import { useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Grid, Typography } from '@material-ui/core';
import { ToolInsight } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { formatPercent } from '../Surveys/format';
import { DownloadCsvButton } from './DownloadCsvButton';
import { formatAverage } from './format';
import { FilterSelect } from '../FilterSelect';
import { useHiddenFiguresNote } from '../shared/HiddenFigure';
import { ShowAsTableSwitch } from './ShowAsTableSwitch';
import { TrendChart } from './TrendChart';
import { trendPoints, trendToolRefs } from './trendSeries';
import { trendRows, trendsCsv, TrendsTable } from './TrendsTable';
import { SectionCard } from './SectionCard';

const RANGES = [30, 90, 180];

/**
 * Adoption and average rating over the last 30, 90 or 180 days, of one tool or all (one line
 * each), from the daily snapshots; as charts or as a table. A day on which fewer than
 * `minGroupSize` people had rated a tool has no rating figures: the rating line skips it.
 */
export function TrendsCard(props: {
  tools: Pick<ToolInsight, 'toolRef' | 'title'>[];
  minGroupSize: number;
}) {
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { tools, minGroupSize } = props;
  const api = useApi(platformProductApiRef);
  const [toolRef, setToolRef] = useState('');
  const [days, setDays] = useState(90);
  const [asTable, setAsTable] = useState(false);
  const { value, loading, error } = useAsync(
    () => api.getToolTrends(toolRef ? { toolRef, days } : { days }),
    [api, toolRef, days],
  );
  const titles = new Map(tools.map(t => [t.toolRef, t.title]));
  const titleOf = (ref: string) => titles.get(ref) ?? ref;
  const rows = trendRows(value ?? [], titleOf);

  const content = () => {
    if (loading) return <Progress />;
    if (error) return <ResponseErrorPanel error={error} />;
    const snapshots = value ?? [];
    if (!snapshots.length) {
      return (
        <Typography color="textSecondary">
          No snapshots in this range yet: they are taken once a day.
        </Typography>
      );
    }
    const hiddenNote = snapshots.some(s => s.ratingCount === null) && (
      <Box mt={1}>
        <Typography variant="caption" color="textSecondary" component="p">
          Ratings are left out on days when fewer than {minGroupSize} people had
          rated the tool. {hiddenFiguresNote(minGroupSize)}
        </Typography>
      </Box>
    );
    if (asTable) {
      return (
        <>
          <TrendsTable rows={rows} minGroupSize={minGroupSize} />
          {hiddenNote}
        </>
      );
    }
    const lines = trendToolRefs(snapshots).map(ref => ({
      toolRef: ref,
      title: titleOf(ref),
    }));
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <TrendChart
            title="Adoption"
            points={trendPoints(snapshots, s =>
              Math.round(s.adoptionRate * 100),
            )}
            tools={lines}
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            format={percent => formatPercent(percent / 100)}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <TrendChart
            title="Average rating"
            points={trendPoints(snapshots, s => s.ratingAverage)}
            tools={lines}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            format={formatAverage}
            missing={`fewer than ${minGroupSize} ratings`}
          />
          {hiddenNote}
        </Grid>
      </Grid>
    );
  };

  return (
    <SectionCard
      title="Trends"
      subheader="Adoption and average rating per day, from the daily snapshots"
      action={
        <DownloadCsvButton
          fileName="platform-trends.csv"
          rows={() => trendsCsv(rows, minGroupSize)}
          disabled={loading || !rows.length}
        />
      }
    >
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        gridGap={16}
        mb={2}
      >
        <FilterSelect
          id="insights-trends-tool"
          label="Tool"
          value={toolRef}
          onChange={setToolRef}
        >
          <option value="">All tools</option>
          {tools.map(tool => (
            <option key={tool.toolRef} value={tool.toolRef}>
              {tool.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="insights-trends-range"
          label="Range"
          value={String(days)}
          onChange={range => setDays(Number(range))}
        >
          {RANGES.map(range => (
            <option key={range} value={range}>
              Last {range} days
            </option>
          ))}
        </FilterSelect>
        <ShowAsTableSwitch checked={asTable} onChange={setAsTable} />
      </Box>
      {content()}
    </SectionCard>
  );
}
