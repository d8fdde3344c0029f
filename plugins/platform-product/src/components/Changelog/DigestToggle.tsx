import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  FormControlLabel,
  Switch,
  Tooltip,
  Typography,
} from '@material-ui/core';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/**
 * The caller's own weekly-digest switch, stored on the server. Disabled while it loads or
 * saves; a failure is said next to it and the switch shows what the server holds.
 */
export function DigestToggle() {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const loaded = useAsync(() => api.getDigestSettings(), [api]);
  const [enabled, setEnabled] = useState<boolean>();
  useEffect(() => setEnabled(loaded.value?.enabled), [loaded.value]);
  const [saving, save] = useAsyncFn(
    async (next: boolean) => {
      const settings = await api.setDigestSettings({ enabled: next });
      setEnabled(settings.enabled);
    },
    [api],
  );
  const error = loaded.error ?? saving.error;
  return (
    <>
      <Tooltip title={t('digest.toggle.help')}>
        <FormControlLabel
          control={
            <Switch
              color="primary"
              checked={enabled ?? false}
              disabled={enabled === undefined || saving.loading}
              onChange={event => save(event.target.checked)}
            />
          }
          label={t('digest.toggle.label')}
        />
      </Tooltip>
      {error && (
        <Typography role="alert" color="error" variant="body2">
          {t('digest.toggle.error', { error: errorMessage(error) })}
        </Typography>
      )}
    </>
  );
}
