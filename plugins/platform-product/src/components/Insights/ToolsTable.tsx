import { useMemo } from 'react';
import { Link, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import {
  ToolInsight,
  ToolInsights,
  toolsMandatePermission,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { formatDate, formatNps } from '../shared/format';
import { oneLine } from '../shared/DataTable';
import { HiddenFigure } from '../shared/HiddenFigure';
import { CaptiveChip } from './CaptiveChip';
import { CardTable } from './CardTable';
import { DownloadCsvButton } from '../shared/DownloadCsvButton';
import { formatActiveAdoption, formatAdoption, formatRating } from './format';
import { MandatedChip } from './MandatedChip';
import { MandateSwitch } from './MandateSwitch';
import { useInsightsLinks } from './links';
import { toolsCsv } from './toolsCsv';
import { SectionCard } from './SectionCard';

/** A row of the table: a tool, with its ref as the row's id. */
type ToolRow = ToolInsight & { id: string };

/** Numbers ascending; missing values sort below every number. */
const compareNumbers = (a?: number | null, b?: number | null) =>
  (a ?? -Infinity) - (b ?? -Infinity) || 0;

/**
 * Why no tool is adopted, when none is: there are no eligible teams, or no catalog relation
 * from the teams' entities to the tools.
 */
function NoAdoptionNote(props: { tools: ToolInsight[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { tools } = props;
  if (tools.some(tool => tool.adoption.adoptingTeams)) return null;
  const noTeams = tools.every(tool => !tool.adoption.eligibleTeams);
  return (
    <Box p={2}>
      <Alert
        severity="info"
        action={
          <DocsButton
            page="insights"
            anchor={noTeams ? 'no-teams' : 'no-adoption'}
          />
        }
      >
        {noTeams ? t('insights.tools.noTeams') : t('insights.tools.noAdoption')}
      </Alert>
    </Box>
  );
}

/**
 * Every tool with its declared and active adoption, satisfaction, latest NPS and the open work
 * about it, each figure linking to the list behind it; mandated tools and tools with a captive
 * audience are flagged. Maintainers mark tools mandated here (then `onChanged` is called).
 */
export function ToolsTable(props: {
  insights: ToolInsights;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { minGroupSize, activeDays } = props.insights;
  const { onChanged } = props;
  const { allowed: canMandate } = usePermission({
    permission: toolsMandatePermission,
  });
  // The table's first order, which the CSV keeps: most adopted first (ties by title).
  const tools = useMemo(
    () =>
      props.insights.tools
        .map(tool => ({ ...tool, id: tool.toolRef }))
        .sort(
          (a, b) =>
            b.adoption.rate - a.adoption.rate || a.title.localeCompare(b.title),
        ),
    [props.insights.tools],
  );
  const links = useInsightsLinks();

  const columns = useMemo(
    (): TableColumn<ToolRow>[] => [
      {
        title: t('insights.fields.tool'),
        field: 'title',
        highlight: true,
        render: tool => (
          <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={8}>
            <EntityRefLink entityRef={tool.toolRef} title={tool.title} />
            {tool.mandated && <MandatedChip mandate={tool.mandated} />}
            {tool.captive && <CaptiveChip />}
          </Box>
        ),
      },
      {
        title: t('insights.fields.declaredAdoption'),
        field: 'adoption.rate',
        defaultSort: 'desc',
        ...oneLine(),
        render: tool => formatAdoption(t, tool.adoption),
      },
      {
        title: t('insights.fields.activeAdoption'),
        field: 'activeAdoption.rate',
        ...oneLine(),
        render: tool => formatActiveAdoption(t, tool.activeAdoption),
      },
      {
        title: t('insights.fields.averageRating'),
        field: 'rating.average',
        customSort: (a, b) =>
          compareNumbers(a.rating.average, b.rating.average),
        render: tool =>
          tool.rating.average === null ? (
            <HiddenFigure
              minGroupSize={minGroupSize}
              text={t('insights.tools.fewerRatings')}
            />
          ) : (
            <EntityRefLink entityRef={tool.toolRef}>
              {formatRating(tool.rating)}
            </EntityRefLink>
          ),
      },
      {
        title: t('insights.fields.nps'),
        field: 'nps.nps',
        customSort: (a, b) => compareNumbers(a.nps?.nps, b.nps?.nps),
        ...oneLine(),
        render: ({ nps }) =>
          nps ? (
            <>
              <Link to={links.survey(nps.surveyId)} title={nps.title}>
                {formatNps(nps.nps)}
              </Link>{' '}
              <Typography variant="caption" color="textSecondary">
                {t('insights.tools.sampleSize', { n: String(nps.responses) })}
              </Typography>
            </>
          ) : (
            '—'
          ),
      },
      {
        title: t('insights.fields.openFeedback'),
        field: 'openFeedback',
        type: 'numeric',
        render: tool => (
          <Link to={links.openFeedback(tool.toolRef)}>{tool.openFeedback}</Link>
        ),
      },
      {
        title: t('insights.fields.inNow'),
        field: 'roadmapNow',
        type: 'numeric',
        render: tool => (
          <Link to={links.roadmapNow(tool.toolRef)}>{tool.roadmapNow}</Link>
        ),
      },
      {
        title: t('insights.fields.lastChange'),
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
      ...(canMandate
        ? [
            {
              title: t('insights.fields.mandated'),
              field: 'mandated',
              sorting: false,
              render: (tool: ToolRow) => (
                <MandateSwitch tool={tool} onChanged={onChanged} />
              ),
            },
          ]
        : []),
    ],
    [t, links, minGroupSize, canMandate, onChanged],
  );

  return (
    <SectionCard
      title={t('insights.tools.title')}
      subheader={t('insights.tools.subheader', {
        minGroupSize: String(minGroupSize),
        activeDays: String(activeDays),
      })}
      noPadding
      action={
        <DownloadCsvButton
          table="platform-tools"
          rows={() => toolsCsv(tools)}
        />
      }
    >
      <NoAdoptionNote tools={tools} />
      <CardTable<ToolRow>
        name={t('insights.tools.title')}
        options={{ paging: false }}
        columns={columns}
        data={tools}
      />
    </SectionCard>
  );
}
