import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Grid,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { ToolInsights } from 'backstage-plugin-platform-product-common';
import { formatPercent } from '../Surveys/format';
import { AdoptionSatisfactionChart } from './AdoptionSatisfactionChart';
import { CAPTIVE_LABEL } from './CaptiveChip';
import { formatAdoption, formatRating } from './format';
import { groupTools } from './quadrants';
import { SectionCard } from './SectionCard';

/** The tools flagged as captive: widely adopted, poorly rated by enough people. */
function CaptiveList(props: { insights: ToolInsights }) {
  const captive = props.insights.tools.filter(t => t.captive);
  return (
    <>
      <Typography variant="h6" component="h4" id="insights-captive-heading">
        {CAPTIVE_LABEL}
      </Typography>
      {captive.length ? (
        <List dense aria-labelledby="insights-captive-heading">
          {captive.map(tool => (
            <ListItem key={tool.toolRef} disableGutters>
              <ListItemText
                primary={
                  <EntityRefLink entityRef={tool.toolRef} title={tool.title} />
                }
                secondary={`Adoption ${formatAdoption(
                  tool.adoption,
                )}, rated ${formatRating(tool.rating)}`}
              />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography color="textSecondary">No tool looks captive</Typography>
      )}
    </>
  );
}

/** The tools the chart leaves out: their ratings are hidden, as fewer people rated them. */
function HiddenTools(props: { insights: ToolInsights }) {
  const { hidden } = groupTools(props.insights.tools);
  if (!hidden.length) return null;
  return (
    <Typography variant="body2" color="textSecondary">
      Not on the chart, fewer than {props.insights.minGroupSize} ratings so far:{' '}
      {hidden.map(tool => tool.title).join(', ')}.
    </Typography>
  );
}

/** Adoption × satisfaction: which tools are loved, used, both or neither. */
export function AdoptionSatisfactionCard(props: { insights: ToolInsights }) {
  const { insights } = props;
  const { thresholds, minGroupSize } = insights;
  return (
    <SectionCard
      title="Adoption × satisfaction"
      subheader={`Quadrants split at ${formatPercent(
        thresholds.adoption,
      )} adoption and a ${
        thresholds.rating
      } ★ average; point size is the number of ratings. Tools show from ${minGroupSize} ratings on.`}
    >
      <Grid container spacing={2}>
        <Grid item xs={12} md={8}>
          <AdoptionSatisfactionChart insights={insights} />
          <HiddenTools insights={insights} />
        </Grid>
        <Grid item xs={12} md={4}>
          <CaptiveList insights={insights} />
        </Grid>
      </Grid>
    </SectionCard>
  );
}
