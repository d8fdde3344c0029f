import { useMemo, useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Grid, Typography } from '@material-ui/core';
import { ToolInsight } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { formatPercent } from '../shared/format';
import { DownloadCsvButton } from '../shared/DownloadCsvButton';
import { formatAverage } from './format';
import { FilterSelect } from '../shared/FilterSelect';
import { DocsButton } from '../shared/DocsButton';
import { useHiddenFiguresNote } from '../shared/HiddenFigure';
import { ShowAsTableSwitch } from './ShowAsTableSwitch';
import { TrendChart } from './TrendChart';
import { trendPoints, trendToolRefs } from './trendSeries';
import { trendRows, trendsCsv, TrendsTable } from './TrendsTable';
import { useInsightsParam } from './insightsParams';
import { SectionCard } from './SectionCard';

const RANGES = [30, 90, 180];
const DEFAULT_RANGE = 90;

/**
 * Declared and active adoption and average rating over the last 30, 90 or 180 days, of one tool or all (one line
 * each; the tool and the range in the URL), from the daily snapshots; as charts or as a table. A day on which fewer than
 * `minGroupSize` people had rated a tool has no rating figures: the rating line skips it.
 */
export function TrendsCard(props: {
  tools: Pick<ToolInsight, 'toolRef' | 'title'>[];
  minGroupSize: number;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { tools, minGroupSize } = props;
  const api = useApi(platformProductApiRef);
  const [chosenTool, setToolRef] = useInsightsParam('tool');
  const [range, setDays] = useInsightsParam('days');
  const toolRef = chosenTool ?? '';
  const days = RANGES.find(r => String(r) === range) ?? DEFAULT_RANGE;
  const [asTable, setAsTable] = useState(false);
  const { value, loading, error } = useAsync(
    () => api.getToolTrends(toolRef ? { toolRef, days } : { days }),
    [api, toolRef, days],
  );
  const titles = useMemo(
    () => new Map(tools.map(tool => [tool.toolRef, tool.title])),
    [tools],
  );
  const titleOf = (ref: string) => titles.get(ref) ?? ref;
  const rows = useMemo(
    () => trendRows(value ?? [], ref => titles.get(ref) ?? ref),
    [value, titles],
  );

  const content = () => {
    if (loading) return <Progress />;
    if (error) return <ResponseErrorPanel error={error} />;
    const snapshots = value ?? [];
    if (!snapshots.length) {
      return (
        <EmptyState
          missing="content"
          title={t('insights.trends.empty.title')}
          description={
            toolRef
              ? t('insights.trends.empty.oneTool')
              : t('insights.trends.empty.allTools')
          }
          action={<DocsButton page="insights" anchor="no-snapshots" />}
        />
      );
    }
    const hiddenNote = snapshots.some(s => s.ratingCount === null) && (
      <Box mt={1}>
        <Typography variant="caption" color="textSecondary" component="p">
          {t('insights.trends.hiddenNote', {
            minGroupSize: String(minGroupSize),
          })}{' '}
          {hiddenFiguresNote(minGroupSize)}
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
    const percentChart = {
      tools: lines,
      domain: [0, 100] as [number, number],
      ticks: [0, 25, 50, 75, 100],
      format: (percent: number) => formatPercent(percent / 100),
    };
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <TrendChart
            title={t('insights.fields.declaredAdoption')}
            points={trendPoints(snapshots, s =>
              Math.round(s.adoptionRate * 100),
            )}
            {...percentChart}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <TrendChart
            title={t('insights.fields.activeAdoption')}
            points={trendPoints(snapshots, s =>
              s.activeRate === null ? null : Math.round(s.activeRate * 100),
            )}
            missing={t('insights.trends.notRecorded')}
            {...percentChart}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <TrendChart
            title={t('insights.fields.averageRating')}
            points={trendPoints(snapshots, s => s.ratingAverage)}
            tools={lines}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            format={formatAverage}
            missing={t('insights.trends.fewerRatings')}
          />
          {hiddenNote}
        </Grid>
      </Grid>
    );
  };

  return (
    <SectionCard
      title={t('insights.trends.title')}
      subheader={t('insights.trends.subheader')}
      action={
        <DownloadCsvButton
          table="platform-trends"
          rows={() => trendsCsv(rows)}
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
          label={t('insights.fields.tool')}
          value={toolRef}
          onChange={setToolRef}
        >
          <option value="">{t('insights.trends.allTools')}</option>
          {tools.map(tool => (
            <option key={tool.toolRef} value={tool.toolRef}>
              {tool.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="insights-trends-range"
          label={t('insights.trends.range')}
          value={String(days)}
          onChange={choice =>
            setDays(choice === String(DEFAULT_RANGE) ? '' : choice)
          }
        >
          {RANGES.map(r => (
            <option key={r} value={r}>
              {t('insights.trends.lastDays', { days: String(r) })}
            </option>
          ))}
        </FilterSelect>
        <ShowAsTableSwitch checked={asTable} onChange={setAsTable} />
      </Box>
      {content()}
    </SectionCard>
  );
}
