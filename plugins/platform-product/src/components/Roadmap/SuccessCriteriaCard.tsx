import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
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
import { headingTitle } from '../Feedback/headings';
import { CriterionOutcomeDialog } from './CriterionOutcomeDialog';
import { formatDay } from './format';
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

  return (
    <InfoCard title="Success criteria" headerProps={headingTitle(3)} noPadding>
      {criteria.length ? (
        <Table size="small" aria-label="Success criteria">
          <TableHead>
            <TableRow>
              <TableCell>Metric</TableCell>
              <TableCell>Target</TableCell>
              <TableCell>Review date</TableCell>
              <TableCell>Outcome</TableCell>
              {canReview && <TableCell>Actions</TableCell>}
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
                      aria-label={`Set outcome of “${criterion.metric}”`}
                      onClick={() => setReviewing(criterion)}
                    >
                      Set outcome
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Box p={2}>
          <Typography color="textSecondary">
            No success criteria yet.
            {canReview && ' Add them with “Edit”.'}
          </Typography>
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
