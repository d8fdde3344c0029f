import { useMemo } from 'react';
import { TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import {
  ToolInsight,
  ToolInsights,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { CardTable } from './CardTable';
import { SectionCard } from './SectionCard';

type GapRow = ToolInsight & { id: string };

/** Team links, one per line, or "none". */
function Teams(props: { refs: string[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!props.refs.length) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('insights.gap.noTeam')}
      </Typography>
    );
  }
  return (
    <Box display="flex" flexDirection="column" gridGap={4}>
      {props.refs.map(ref => (
        <EntityRefLink key={ref} entityRef={ref} defaultKind="group" />
      ))}
    </Box>
  );
}

/**
 * Where declared and active adoption disagree, per tool with a gap: the teams that declare it
 * without using it (shelfware risk) and those that use it without declaring it (catalog drift).
 * Teams are named: team-level adoption is no one's personal data.
 */
export function AdoptionGapCard(props: { insights: ToolInsights }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { activeDays } = props.insights;
  const rows = useMemo(
    () =>
      props.insights.tools
        .filter(
          ({ gap }) =>
            gap.declaredInactive.length || gap.activeUndeclared.length,
        )
        .map(tool => ({ ...tool, id: tool.toolRef }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    [props.insights.tools],
  );
  const columns = useMemo(
    (): TableColumn<GapRow>[] => [
      {
        title: t('insights.fields.tool'),
        field: 'title',
        highlight: true,
        render: tool => (
          <EntityRefLink entityRef={tool.toolRef} title={tool.title} />
        ),
      },
      {
        title: t('insights.gap.declaredInactive'),
        field: 'gap.declaredInactive.length',
        type: 'numeric',
        align: 'left',
        render: tool => <Teams refs={tool.gap.declaredInactive} />,
      },
      {
        title: t('insights.gap.activeUndeclared'),
        field: 'gap.activeUndeclared.length',
        type: 'numeric',
        align: 'left',
        render: tool => <Teams refs={tool.gap.activeUndeclared} />,
      },
    ],
    [t],
  );
  return (
    <SectionCard
      title={t('insights.gap.title')}
      subheader={t('insights.gap.subheader', {
        activeDays: String(activeDays),
      })}
      noPadding
    >
      {rows.length ? (
        <CardTable<GapRow>
          name={t('insights.gap.title')}
          options={{ paging: false }}
          columns={columns}
          data={rows}
        />
      ) : (
        <Box p={2}>
          <Typography color="textSecondary">
            {t('insights.gap.none', { activeDays: String(activeDays) })}
          </Typography>
        </Box>
      )}
    </SectionCard>
  );
}
