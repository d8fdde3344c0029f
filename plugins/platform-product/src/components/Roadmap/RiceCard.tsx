import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { headingTitle } from '../Feedback/headings';
import {
  formatConfidence,
  formatImpact,
  formatNumber,
  formatScore,
  riceFormula,
} from './format';

const useStyles = makeStyles(theme => ({
  inputs: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(1, 2),
    margin: 0,
    '& dd': { margin: 0 },
  },
}));

function Input(props: { term: string; children: ReactNode; note?: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="textSecondary">
        {props.term}
      </Typography>
      <dd>
        <Typography variant="body2">{props.children}</Typography>
        {props.note && (
          <Typography variant="caption" color="textSecondary">
            {props.note}
          </Typography>
        )}
      </dd>
    </>
  );
}

/** The item's RICE inputs and score, with the formula written out. */
export function RiceCard(props: { item: RoadmapItem }) {
  const { item } = props;
  const classes = useStyles();
  return (
    <InfoCard
      title="RICE score"
      subheader="Reach × Impact × Confidence ÷ Effort"
      headerProps={headingTitle(3)}
    >
      <Box mb={2}>
        <Typography variant="h3" component="p">
          {formatScore(item.riceScore)}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {riceFormula(item, item.riceScore)}
        </Typography>
      </Box>
      <dl className={classes.inputs}>
        <Input
          term="Reach"
          note={
            item.reachSource === 'catalog'
              ? 'suggested from the catalog'
              : 'set by hand'
          }
        >
          {formatNumber(item.reach)} people per quarter
        </Input>
        <Input term="Impact">{formatImpact(item.impact)}</Input>
        <Input term="Confidence">{formatConfidence(item.confidence)}</Input>
        <Input term="Effort">{formatNumber(item.effort)} person-months</Input>
      </dl>
    </InfoCard>
  );
}
