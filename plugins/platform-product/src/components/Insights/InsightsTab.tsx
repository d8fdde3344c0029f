import {
  ContentHeader,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Grid } from '@material-ui/core';
import { insightsReadPermission } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { ChangelogReachCard } from './ChangelogReachCard';
import { PlatformNpsCard } from './PlatformNpsCard';
import { ProgramHealthSection } from './ProgramHealthSection';
import { ScorecardSection } from './ScorecardSection';
import { TeamInsightCard } from './TeamInsightCard';
import { ToolSections } from './ToolSections';

/**
 * The Insights tab: the platform KPI scorecard, per tool adoption × satisfaction with trends, the platform's NPS, the
 * program's health and a per-team view. One request per section, none per tool.
 */
export function InsightsTab() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { loading, allowed } = usePermission({
    permission: insightsReadPermission,
  });

  if (loading) return <Progress />;
  if (!allowed) {
    return (
      <WarningPanel
        severity="info"
        defaultExpanded
        title={t('insights.tab.forbiddenTitle')}
        message={t('insights.tab.forbiddenMessage')}
      />
    );
  }
  return (
    <>
      <ContentHeader
        title={t('insights.tab.title')}
        description={t('insights.tab.description')}
      />
      <Grid container spacing={3}>
        <ScorecardSection />
        <ToolSections />
        <Grid item xs={12} md={6}>
          <PlatformNpsCard />
        </Grid>
        <ProgramHealthSection />
        <ChangelogReachCard />
        <Grid item xs={12}>
          <TeamInsightCard />
        </Grid>
      </Grid>
    </>
  );
}
