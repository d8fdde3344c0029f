import {
  ContentHeader,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { Grid } from '@material-ui/core';
import { insightsReadPermission } from 'backstage-plugin-platform-product-common';
import { PlatformNpsCard } from './PlatformNpsCard';
import { ProgramHealthSection } from './ProgramHealthSection';
import { TeamInsightCard } from './TeamInsightCard';
import { ToolSections } from './ToolSections';

/**
 * The Insights tab: per tool adoption × satisfaction with trends, the platform's NPS, the
 * program's health and a per-team view. One request per section, none per tool.
 */
export function InsightsTab() {
  const { loading, allowed } = usePermission({
    permission: insightsReadPermission,
  });

  if (loading) return <Progress />;
  if (!allowed) {
    return (
      <WarningPanel
        severity="info"
        defaultExpanded
        title="Insights are not available to you"
        message="Reading the Insights tab needs the platform-product.insights.read permission; ask the platform team."
      />
    );
  }
  return (
    <>
      <ContentHeader
        title="Insights"
        description="Which tools are used and loved, how that changes, and how the product program is doing."
      />
      <Grid container spacing={3}>
        <ToolSections />
        <Grid item xs={12} md={6}>
          <PlatformNpsCard />
        </Grid>
        <ProgramHealthSection />
        <Grid item xs={12}>
          <TeamInsightCard />
        </Grid>
      </Grid>
    </>
  );
}
