import { useMemo } from 'react';
import { Link, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box } from '@material-ui/core';
import {
  ToolInsight,
  ToolInsights,
} from 'backstage-plugin-platform-product-common';
import { formatDate, formatNps } from '../Surveys/format';
import { HiddenFigure } from '../shared/HiddenFigure';
import { CaptiveChip } from './CaptiveChip';
import { CardTable } from './CardTable';
import { DownloadCsvButton } from './DownloadCsvButton';
import { formatAdoption, formatRating } from './format';
import { useInsightsLinks } from './links';
import { toolsCsv } from './toolsCsv';
import { SectionCard } from './SectionCard';

/** Numbers ascending; missing values sort below every number. */
const compareNumbers = (a?: number | null, b?: number | null) =>
  (a ?? -Infinity) - (b ?? -Infinity) || 0;

/**
 * Every tool with its adoption, satisfaction, latest NPS and the open work about it, each
 * figure linking to the list behind it; tools with a captive audience are flagged.
 */
export function ToolsTable(props: { insights: ToolInsights }) {
  const { minGroupSize } = props.insights;
  // The table's first order, which the CSV keeps: most adopted first (ties by title).
  const tools = useMemo(
    () =>
      [...props.insights.tools].sort(
        (a, b) =>
          b.adoption.rate - a.adoption.rate || a.title.localeCompare(b.title),
      ),
    [props.insights.tools],
  );
  const links = useInsightsLinks();

  const columns: TableColumn<ToolInsight>[] = [
    {
      title: 'Tool',
      field: 'title',
      highlight: true,
      render: tool => (
        <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={8}>
          <EntityRefLink entityRef={tool.toolRef} title={tool.title} />
          {tool.captive && <CaptiveChip />}
        </Box>
      ),
    },
    {
      title: 'Adoption',
      field: 'adoption.rate',
      defaultSort: 'desc',
      render: tool => formatAdoption(tool.adoption),
    },
    {
      title: 'Average rating',
      field: 'rating.average',
      customSort: (a, b) => compareNumbers(a.rating.average, b.rating.average),
      render: tool =>
        tool.rating.average === null ? (
          <HiddenFigure
            minGroupSize={minGroupSize}
            text={`Fewer than ${minGroupSize} ratings`}
          />
        ) : (
          <EntityRefLink entityRef={tool.toolRef}>
            {formatRating(tool.rating)}
          </EntityRefLink>
        ),
    },
    {
      title: 'NPS',
      field: 'nps.nps',
      customSort: (a, b) => compareNumbers(a.nps?.nps, b.nps?.nps),
      render: ({ nps }) =>
        nps ? (
          <Link to={links.survey(nps.surveyId)} title={nps.title}>
            {formatNps(nps.nps)}
          </Link>
        ) : (
          '—'
        ),
    },
    {
      title: 'Open feedback',
      field: 'openFeedback',
      type: 'numeric',
      render: tool => (
        <Link to={links.openFeedback(tool.toolRef)}>{tool.openFeedback}</Link>
      ),
    },
    {
      title: 'In Now',
      field: 'roadmapNow',
      type: 'numeric',
      render: tool => (
        <Link to={links.roadmapNow(tool.toolRef)}>{tool.roadmapNow}</Link>
      ),
    },
    {
      title: 'Last change',
      field: 'lastChangelogAt',
      customSort: (a, b) =>
        (a.lastChangelogAt ?? '').localeCompare(b.lastChangelogAt ?? ''),
      render: tool =>
        tool.lastChangelogAt ? (
          <Link to={links.changes(tool.toolRef)}>
            {formatDate(tool.lastChangelogAt)}
          </Link>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <SectionCard
      title="Tools"
      subheader={`Adoption by teams, ratings (shown from ${minGroupSize} ratings on), the latest NPS and open work per tool`}
      noPadding
      action={
        <DownloadCsvButton
          fileName="platform-tools.csv"
          rows={() => toolsCsv(tools, minGroupSize)}
        />
      }
    >
      <CardTable<ToolInsight>
        name="Tools"
        options={{ paging: false }}
        columns={columns}
        data={tools}
      />
    </SectionCard>
  );
}
