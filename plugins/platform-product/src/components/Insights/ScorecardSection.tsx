import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Grid } from '@material-ui/core';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { ScorecardKpis } from './Scorecard';
import { SectionCard } from './SectionCard';

/** The Insights tab's scorecard: every platform KPI against its target, with its trend. */
export function ScorecardSection() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Grid item xs={12}>
      <SectionCard
        title={t('insights.scorecard.title')}
        subheader={t('insights.scorecard.subheader')}
        action={<DocsButton page="insights" anchor="scorecard" />}
      >
        <ScorecardKpis />
      </SectionCard>
    </Grid>
  );
}

/** The scorecard in a card of its own, compact (for a legacy home page). */
export function ScorecardCard(props: { title?: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <SectionCard title={props.title ?? t('insights.scorecard.widgetTitle')}>
      <ScorecardKpis compact />
    </SectionCard>
  );
}
