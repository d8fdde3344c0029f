import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Chip, Tooltip } from '@material-ui/core';
import GavelIcon from '@material-ui/icons/Gavel';
import { ToolMandate } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDay } from '../shared/format';

/**
 * Marks a tool people must use, so that its adoption is not read as choice; says who mandated
 * it (the configuration or a maintainer, when).
 */
export function MandatedChip(props: { mandate: ToolMandate }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { mandate } = props;
  const why =
    mandate.source === 'config'
      ? t('insights.mandated.config')
      : t('insights.mandated.maintainer', {
          by: mandate.by.replace(/^user:(default\/)?/, ''),
          day: formatDay(mandate.at),
        });
  return (
    <Tooltip title={why}>
      <Chip
        size="small"
        variant="outlined"
        icon={<GavelIcon />}
        label={t('insights.mandated.label')}
        aria-label={`${t('insights.mandated.label')}: ${why}`}
      />
    </Tooltip>
  );
}
