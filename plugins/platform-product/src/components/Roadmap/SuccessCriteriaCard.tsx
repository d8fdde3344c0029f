import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import {
  RoadmapItemDetail,
  SuccessCriterion,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { headingTitle } from '../shared/headings';
import { CriterionOutcomeDialog } from './CriterionOutcomeDialog';
import { formatDay } from '../shared/format';
import { OutcomeChip } from './OutcomeChip';

/** What the item should achieve, when to check, and how it turned out. */
export function SuccessCriteriaCard(props: {
  criteria: SuccessCriterion[];
  /** The reader may record outcomes. */
  canReview: boolean;
  onChanged: (item: RoadmapItemDetail) => void;
}) {
  const { criteria, canReview } = props;
  const [reviewing, setReviewing] = useState<SuccessCriterion>();
  const { t } = useTranslationRef(platformProductTranslationRef);

  return (
    <InfoCard
      title={t('roadmap.criteria.title')}
      headerProps={headingTitle(3)}
      noPadding
    >
      {criteria.length ? (
        <Table size="small" aria-label={t('roadmap.criteria.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('roadmap.criteria.metric')}</TableCell>
              <TableCell>{t('roadmap.criteria.target')}</TableCell>
              <TableCell>{t('roadmap.criteria.reviewDate')}</TableCell>
              <TableCell>{t('roadmap.criteria.outcome')}</TableCell>
              {canReview && (
                <TableCell>{t('roadmap.criteria.actions')}</TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {criteria.map(criterion => (
              <TableRow key={criterion.id}>
                <TableCell>{criterion.metric}</TableCell>
                <TableCell>{criterion.target}</TableCell>
                <TableCell>{formatDay(criterion.reviewDate)}</TableCell>
                <TableCell>
                  <OutcomeChip outcome={criterion.outcome} />
                  {criterion.note && (
                    <Typography variant="body2" color="textSecondary">
                      {criterion.note}
                    </Typography>
                  )}
                </TableCell>
                {canReview && (
                  <TableCell>
                    <Button
                      size="small"
                      aria-label={t('roadmap.criteria.setOutcomeOf', {
                        metric: criterion.metric,
                      })}
                      onClick={() => setReviewing(criterion)}
                    >
                      {t('roadmap.criteria.setOutcome')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Box p={2}>
          <Typography color="textSecondary" paragraph>
            {canReview
              ? t('roadmap.criteria.noneCanEdit')
              : t('roadmap.criteria.none')}
          </Typography>
          <DocsButton page="roadmap" anchor="success-criteria" />
        </Box>
      )}
      {reviewing && (
        <CriterionOutcomeDialog
          criterion={reviewing}
          onClose={() => setReviewing(undefined)}
          onSaved={item => {
            setReviewing(undefined);
            props.onChanged(item);
          }}
        />
      )}
    </InfoCard>
  );
}
