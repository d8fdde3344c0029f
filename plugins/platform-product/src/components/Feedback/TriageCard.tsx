import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import {
  FeedbackItem,
  FeedbackStatus,
  FeedbackStatusInput,
  feedbackTransitions,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { statusLabels } from './format';
import { MergeDialog } from './MergeDialog';
import { DetailedStatus, StatusChangeDialog } from './StatusChangeDialog';
import { headingTitle } from './headings';

const actionLabels: Partial<Record<FeedbackStatus, string>> = {
  acknowledged: 'Acknowledge',
  planned: 'Plan…',
  shipped: 'Mark shipped…',
  declined: 'Decline…',
};

/** A maintainer's actions on an item: move it to its next statuses, or merge it into another. */
export function TriageCard(props: {
  item: FeedbackItem;
  onChanged: () => void;
}) {
  const { item, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const [dialog, setDialog] = useState<DetailedStatus | 'merge'>();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      alertApi.post({
        message: done,
        severity: 'success',
        display: 'transient',
      });
      setDialog(undefined);
      onChanged();
    } catch (e) {
      // The dialog stays open with its input, e.g. after a 409 when someone else triaged it.
      alertApi.post({ message: errorMessage(e), severity: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const changeStatus = (input: FeedbackStatusInput) =>
    run(
      () => api.changeFeedbackStatus(item.id, input),
      `Moved to ${statusLabels[input.status].toLowerCase()}`,
    );

  const transitions = feedbackTransitions[item.status];
  return (
    <InfoCard title="Triage" headerProps={headingTitle(3)}>
      {item.status === 'merged' ? (
        <Typography color="textSecondary">
          Merged items are closed; triage the original instead.
        </Typography>
      ) : (
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          {transitions.map(status => (
            <Button
              key={status}
              variant="outlined"
              disabled={busy}
              onClick={() =>
                status === 'acknowledged'
                  ? changeStatus({ status })
                  : setDialog(status as DetailedStatus)
              }
            >
              {actionLabels[status]}
            </Button>
          ))}
          <Button
            variant="outlined"
            disabled={busy}
            onClick={() => setDialog('merge')}
          >
            Merge into…
          </Button>
        </Box>
      )}
      {dialog && dialog !== 'merge' && (
        <StatusChangeDialog
          status={dialog}
          busy={busy}
          onCancel={() => setDialog(undefined)}
          onSubmit={changeStatus}
        />
      )}
      {dialog === 'merge' && (
        <MergeDialog
          item={item}
          busy={busy}
          onCancel={() => setDialog(undefined)}
          onMerge={intoId =>
            run(
              () => api.mergeFeedback(item.id, intoId),
              `Merged into #${intoId}`,
            )
          }
        />
      )}
    </InfoCard>
  );
}
