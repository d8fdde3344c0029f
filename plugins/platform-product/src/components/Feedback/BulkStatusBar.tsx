import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, TextField, Typography } from '@material-ui/core';
import {
  FeedbackBulkResult,
  FeedbackItem,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { fieldErrors } from '../shared/fieldErrors';
import { FilterBar, FilterSelect } from '../shared/FilterSelect';

const bulkStatuses = ['acknowledged', 'declined'] as const;
type BulkStatus = (typeof bulkStatuses)[number];

/**
 * Changes the status of the selected items at once, each from the status the maintainer saw:
 * items someone else changed meanwhile are left alone and named (the server's 409 rule, per
 * item).
 */
export function BulkStatusBar(props: {
  selected: FeedbackItem[];
  onDone: () => void;
}) {
  const { selected, onDone } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [status, setStatus] = useState<BulkStatus>('acknowledged');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const report = (results: FeedbackBulkResult[]) => {
    const moved = results.filter(r => r.ok).length;
    const skipped = results
      .filter(r => !r.ok)
      .map(r => selected.find(item => item.id === r.id)?.title ?? `#${r.id}`);
    alertApi.post({
      message: [
        t('feedback.bulk.moved', {
          number: String(moved),
          status: t(`feedback.statuses.${status}`).toLocaleLowerCase(),
        }),
        skipped.length
          ? t('feedback.bulk.skipped', { titles: skipped.join(', ') })
          : '',
      ]
        .filter(Boolean)
        .join(' '),
      severity: skipped.length ? 'warning' : 'success',
      display: skipped.length ? 'permanent' : 'transient',
    });
  };

  const apply = async () => {
    setBusy(true);
    setReasonError(undefined);
    try {
      const results = await api.changeFeedbackStatuses({
        status,
        reason: status === 'declined' ? reason : undefined,
        items: selected.map(item => ({
          id: item.id,
          expectedStatus: item.status,
        })),
      });
      report(results);
      setReason('');
      onDone();
    } catch (e) {
      const field = fieldErrors(e).reason;
      if (field) setReasonError(field);
      else alertApi.post({ message: errorMessage(e), severity: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <FilterBar label={t('feedback.bulk.label')}>
      <Typography>
        {t('feedback.bulk.selected', { number: String(selected.length) })}
      </Typography>
      <FilterSelect
        id="feedback-bulk-status"
        label={t('feedback.bulk.status')}
        value={status}
        onChange={value => setStatus(value as BulkStatus)}
      >
        {bulkStatuses.map(s => (
          <option key={s} value={s}>
            {t(`feedback.statuses.${s}`)}
          </option>
        ))}
      </FilterSelect>
      {status === 'declined' && (
        <TextField
          id="feedback-bulk-reason"
          label={t('feedback.bulk.reason')}
          value={reason}
          onChange={event => setReason(event.target.value)}
          error={!!reasonError}
          helperText={reasonError}
          variant="outlined"
          size="small"
          required
        />
      )}
      <Button
        variant="contained"
        color="primary"
        disabled={busy || (status === 'declined' && !reason.trim())}
        onClick={apply}
      >
        {t('feedback.bulk.apply')}
      </Button>
    </FilterBar>
  );
}
