import { ReactNode } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, makeStyles, Typography } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
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
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={t('roadmap.rice.title')}
      subheader={t('roadmap.rice.formula')}
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
          term={t('roadmap.rice.reach')}
          note={
            item.reachSource === 'catalog'
              ? t('roadmap.rice.reachFromCatalog')
              : t('roadmap.rice.reachByHand')
          }
        >
          {t('roadmap.rice.reachValue', { reach: formatNumber(item.reach) })}
        </Input>
        <Input term={t('roadmap.rice.impact')}>
          {formatImpact(t, item.impact)}
        </Input>
        <Input term={t('roadmap.rice.confidence')}>
          {formatConfidence(item.confidence)}
        </Input>
        <Input term={t('roadmap.rice.effort')}>
          {t('roadmap.rice.effortValue', { effort: formatNumber(item.effort) })}
        </Input>
      </dl>
    </InfoCard>
  );
}
