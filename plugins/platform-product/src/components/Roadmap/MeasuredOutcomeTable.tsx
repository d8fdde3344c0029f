import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import {
  MeasuredOutcome,
  OutcomeFigures,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef, Translate } from '../../translation';

function percent(rate: number | null | undefined, t: Translate) {
  return rate === null || rate === undefined
    ? t('roadmap.decision.notRecorded')
    : `${Math.round(rate * 100)} %`;
}

function rating(figures: OutcomeFigures, t: Translate) {
  return figures.ratingAverage === null || figures.ratingCount === null
    ? t('roadmap.decision.fewRatings')
    : t('roadmap.decision.stars', {
        average: figures.ratingAverage.toFixed(1),
        ratings: String(figures.ratingCount),
      });
}

/** Each tool's active adoption and satisfaction before and after the item shipped. */
export function MeasuredOutcomeTable(props: { measured: MeasuredOutcome }) {
  const { measured } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!measured.tools.length) {
    return (
      <Typography color="textSecondary">
        {t('roadmap.decision.noTools')}
      </Typography>
    );
  }
  const cells = (figures: OutcomeFigures | null) =>
    figures
      ? [figures.day, percent(figures.activeRate, t), rating(figures, t)]
      : [t('roadmap.decision.noSnapshot'), '–', '–'];
  return (
    <>
      <Typography variant="body2" paragraph>
        {t('roadmap.decision.measured', {
          shipped: measured.shippedAt.slice(0, 10),
        })}
      </Typography>
      <Table size="small" aria-label={t('roadmap.decision.cardTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('roadmap.decision.tool')}</TableCell>
            <TableCell />
            <TableCell>{t('roadmap.decision.when')}</TableCell>
            <TableCell>{t('roadmap.decision.activeRate')}</TableCell>
            <TableCell>{t('roadmap.decision.rating')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {measured.tools.flatMap(tool =>
            (['before', 'after'] as const).map(when => (
              <TableRow key={`${tool.toolRef}-${when}`}>
                <TableCell>
                  {when === 'before' && (
                    <EntityRefLink entityRef={tool.toolRef} hideIcon />
                  )}
                </TableCell>
                <TableCell>{t(`roadmap.decision.${when}`)}</TableCell>
                {cells(tool[when]).map((text, i) => (
                  <TableCell key={i}>{text}</TableCell>
                ))}
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </>
  );
}
