import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';

/** Drops an item from the roadmap, saying why: the reason is required and voters read it. */
export function KillDialog(props: {
  item: RoadmapItem;
  onClose: () => void;
  onKilled: (item: RoadmapItemDetail) => void;
  onReload: () => void;
}) {
  const { item, onKilled } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [reason, setReason] = useState('');
  const missing = !reason.trim();

  return (
    <FormDialog
      title={t('roadmap.kill.title', { title: item.title })}
      submitLabel={t('roadmap.kill.submit')}
      canSubmit={!missing}
      onSubmit={async () =>
        onKilled(
          await api.killRoadmapItem(item.id, {
            reason: reason.trim(),
            version: item.version,
          }),
        )
      }
      onClose={props.onClose}
      onReload={props.onReload}
    >
      <TextField
        id={`${id}-reason`}
        label={t('roadmap.kill.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        helperText={
          missing
            ? t('roadmap.kill.reasonRequired')
            : t('roadmap.kill.reasonHelp')
        }
        inputProps={{ maxLength: 2000 }}
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
