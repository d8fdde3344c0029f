import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import {
  FeedbackItem,
  feedbackTransitions,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage, isConflict } from '../shared/errorMessage';
import { fieldErrors } from '../shared/fieldErrors';
import { MergeDialog } from './MergeDialog';
import {
  DetailedStatus,
  StatusChangeDialog,
  StatusStep,
  stepField,
} from './StatusChangeDialog';
import { headingTitle } from '../shared/headings';

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
  // What the server said about the dialog's input: a field's 400 or, after a 409, what changed.
  const [problem, setProblem] = useState<{ field?: string; notice?: string }>(
    {},
  );

  const open = (next?: DetailedStatus | 'merge') => {
    setProblem({});
    setDialog(next);
  };

  /** After a 409: reloads the item and says what it is now; the dialog keeps what was typed. */
  const conflict = async () => {
    const current = await api.getFeedback(item.id);
    const notice = t('feedback.triage.changedMeanwhile', {
      status: t(`feedback.statuses.${current.status}`).toLocaleLowerCase(),
    });
    onChanged();
    return notice;
  };

  const run = async (
    action: () => Promise<unknown>,
    done: string,
    field?: string,
  ) => {
    setBusy(true);
    try {
      await action();
      alertApi.post({
        message: done,
        severity: 'success',
        display: 'transient',
      });
      open(undefined);
      onChanged();
    } catch (e) {
      const serverSays = field ? fieldErrors(e)[field] : undefined;
      const notice = isConflict(e)
        ? await conflict().catch(() => undefined)
        : undefined;
      if (serverSays || (notice && dialog && dialog !== 'merge')) {
        setProblem({ field: serverSays, notice });
      } else {
        alertApi.post({
          message: notice ?? errorMessage(e),
          severity: 'error',
        });
      }
    } finally {
      setBusy(false);
    }
  };
  const changeStatus = (step: StatusStep) =>
    run(
      () =>
        api.changeFeedbackStatus(item.id, {
          ...step,
          expectedStatus: item.status,
        }),
      t('feedback.triage.movedTo', {
        status: t(`feedback.statuses.${step.status}`).toLocaleLowerCase(),
      }),
      dialog && dialog !== 'merge' ? stepField[dialog] : undefined,
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
                  : open(status)
              }
            >
              {t(`feedback.triage.actions.${status}`)}
            </Button>
          ))}
          <Button
            variant="outlined"
            disabled={busy}
            onClick={() => open('merge')}
          >
            {t('feedback.triage.merge')}
          </Button>
        </Box>
      )}
      {dialog && dialog !== 'merge' && (
        <StatusChangeDialog
          status={dialog}
          busy={busy}
          fieldError={problem.field}
          notice={problem.notice}
          onCancel={() => open(undefined)}
          onSubmit={changeStatus}
        />
      )}
      {dialog === 'merge' && (
        <MergeDialog
          item={item}
          busy={busy}
          fieldError={problem.field}
          onCancel={() => open(undefined)}
          onMerge={original =>
            run(
              () => api.mergeFeedback(item.id, original.key),
              t('feedback.item.mergedInto', { title: original.title }),
              'intoId',
            )
          }
        />
      )}
    </InfoCard>
  );
}
