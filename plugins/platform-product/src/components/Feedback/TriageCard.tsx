import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import {
  FeedbackItem,
  FeedbackStatusInput,
  feedbackTransitions,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../errorMessage';
import { MergeDialog } from './MergeDialog';
import { DetailedStatus, StatusChangeDialog } from './StatusChangeDialog';
import { headingTitle } from './headings';

type TriageStatus = 'acknowledged' | DetailedStatus;

/** A maintainer's actions on an item: move it to its next statuses, or merge it into another. */
export function TriageCard(props: {
  item: FeedbackItem;
  onChanged: () => void;
}) {
  const { item, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
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
      t('feedback.triage.movedTo', {
        status: t(`feedback.statuses.${input.status}`).toLocaleLowerCase(),
      }),
    );

  // Transitions never lead back to new, nor to merged (merging is an action of its own).
  const transitions = feedbackTransitions[item.status] as TriageStatus[];
  return (
    <InfoCard title={t('feedback.triage.title')} headerProps={headingTitle(3)}>
      {item.status === 'merged' ? (
        <Typography color="textSecondary">
          {t('feedback.triage.mergedClosed')}
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
                  : setDialog(status)
              }
            >
              {t(`feedback.triage.actions.${status}`)}
            </Button>
          ))}
          <Button
            variant="outlined"
            disabled={busy}
            onClick={() => setDialog('merge')}
          >
            {t('feedback.triage.merge')}
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
              t('feedback.item.mergedInto', { id: String(intoId) }),
            )
          }
        />
      )}
    </InfoCard>
  );
}
