import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Switch } from '@material-ui/core';
import { ToolInsight } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/**
 * A maintainer's switch: the tool is mandated (people must use it) or not. A tool mandated by
 * configuration cannot be switched off here. Calls `onChanged` after a change is saved.
 */
export function MandateSwitch(props: {
  tool: Pick<ToolInsight, 'toolRef' | 'title' | 'mandated'>;
  onChanged: () => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { tool, onChanged } = props;
  const [saving, setSaving] = useState(false);

  const change = async (mandated: boolean) => {
    setSaving(true);
    try {
      await api.setToolMandated(tool.toolRef, mandated);
      alertApi.post({
        message: t(
          mandated ? 'insights.mandated.marked' : 'insights.mandated.cleared',
          { tool: tool.title },
        ),
        severity: 'success',
        display: 'transient',
      });
      onChanged();
    } catch (error) {
      alertApi.post({
        message: t('insights.mandated.failed', {
          tool: tool.title,
          message: errorMessage(error),
        }),
        severity: 'error',
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Switch
      size="small"
      color="primary"
      checked={tool.mandated !== null}
      disabled={saving || tool.mandated?.source === 'config'}
      onChange={(_, checked) => change(checked)}
      inputProps={{
        'aria-label': t('insights.mandated.toggle', { tool: tool.title }),
      }}
    />
  );
}
