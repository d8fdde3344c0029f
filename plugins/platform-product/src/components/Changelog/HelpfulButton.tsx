import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import ThumbUpIcon from '@material-ui/icons/ThumbUpOutlined';
import {
  ChangelogEntry,
  feedbackCreatePermission,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/** The reader's "Helpful" toggle on an entry, with the count; reports the updated entry. */
export function HelpfulButton(props: {
  entry: ChangelogEntry;
  /** A preview: nothing to mark yet. */
  disabled?: boolean;
  onChanged: (entry: ChangelogEntry) => void;
}) {
  const { entry, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    try {
      onChanged(await api.markChangelogHelpful(entry.id, !entry.helpful));
    } catch (e) {
      alertApi.post({
        message: t('changelog.entry.helpfulError', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      size="small"
      color="primary"
      variant={entry.helpful ? 'contained' : 'outlined'}
      startIcon={<ThumbUpIcon />}
      aria-pressed={entry.helpful}
      disabled={busy || !allowed || props.disabled}
      onClick={toggle}
    >
      {t('changelog.entry.helpful', {
        helpfulCount: String(entry.helpfulCount),
      })}
    </Button>
  );
}
