import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Grid,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { ToolInsights } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { formatPercent } from '../shared/format';
import { AdoptionSatisfactionChart } from './AdoptionSatisfactionChart';
import { formatActiveAdoption, formatRating } from './format';
import { groupTools } from './quadrants';
import { SectionCard } from './SectionCard';

/** The tools flagged as captive: widely adopted, poorly rated by enough people. */
function CaptiveList(props: { insights: ToolInsights }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const captive = props.insights.tools.filter(tool => tool.captive);
  return (
    <>
      <Typography variant="h6" component="h4" id="insights-captive-heading">
        {t('insights.captive.label')}
      </Typography>
      {captive.length ? (
        <List dense aria-labelledby="insights-captive-heading">
          {captive.map(tool => (
            <ListItem key={tool.toolRef} disableGutters>
              <ListItemText
                primary={
                  <EntityRefLink entityRef={tool.toolRef} title={tool.title} />
                }
                secondary={t('insights.captive.item', {
                  adoption: formatActiveAdoption(t, tool.activeAdoption),
                  rating: formatRating(tool.rating),
                })}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography color="textSecondary">
          {t('insights.captive.none')}
        </Typography>
      )}
    </>
  );
}

/**
 * The chart, and under it the tools it leaves out: their ratings are hidden, as fewer people
 * rated them. Without any tool to draw, says how tools get their ratings instead.
 */
function Chart(props: { insights: ToolInsights }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { insights } = props;
  const { judged, hidden } = groupTools(insights.tools);
  const minGroupSize = String(insights.minGroupSize);
  if (!judged.length) {
    return (
      <EmptyState
        missing="data"
        title={t('insights.satisfaction.noRatings.title')}
        description={t('insights.satisfaction.noRatings.description', {
          minGroupSize,
        })}
        action={<DocsButton page="insights" anchor="too-few-ratings" />}
      />
    );
  }
  return (
    <>
      <AdoptionSatisfactionChart insights={insights} />
      {hidden.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('insights.satisfaction.hiddenTools', {
            tools: hidden.map(tool => tool.title).join(', '),
          })}
        </Typography>
      )}
    </>
  );
}

/** Adoption × satisfaction: which tools are loved, used, both or neither. */
export function AdoptionSatisfactionCard(props: { insights: ToolInsights }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { insights } = props;
  const { thresholds, minGroupSize } = insights;
  return (
    <SectionCard
      title={t('insights.satisfaction.title')}
      subheader={t('insights.satisfaction.subheader', {
        adoption: formatPercent(thresholds.adoption),
        activeDays: String(insights.activeDays),
        rating: String(thresholds.rating),
        minGroupSize: String(minGroupSize),
      })}
    >
      <Grid container spacing={2}>
        <Grid item xs={12} md={8}>
          <Chart insights={insights} />
        </Grid>
        <Grid item xs={12} md={4}>
          <CaptiveList insights={insights} />
        </Grid>
      </Grid>
    </SectionCard>
  );
}
