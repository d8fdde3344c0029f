import { useState } from 'react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import FeedbackIcon from '@material-ui/icons/Feedback';
import {
  feedbackCreatePermission,
  FeedbackItem,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { SendFeedbackDialog } from './SendFeedbackDialog';

/** "Send feedback", opening the dialog; shown only to people allowed to send feedback. */
export function SendFeedbackButton(props: {
  /** Presets and locks the tool, e.g. on the tool's entity page. */
  toolRef?: string;
  variant?: 'contained' | 'outlined';
  onSent: (item: FeedbackItem) => void;
}) {
  const { onSent } = props;
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  const [open, setOpen] = useState(false);
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!allowed) {
    return null;
  }
  return (
    <>
      <Button
        variant={props.variant ?? 'contained'}
        color="primary"
        startIcon={<FeedbackIcon />}
        onClick={() => setOpen(true)}
      >
        {t('feedback.sendFeedback')}
      </Button>
      <SendFeedbackDialog
        open={open}
        toolRef={props.toolRef}
        onClose={() => setOpen(false)}
        onSent={item => {
          setOpen(false);
          onSent(item);
        }}
      />
    </>
  );
}
