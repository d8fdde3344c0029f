import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box } from '@material-ui/core';
import { researchReadPermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { useResearchLinks } from './links';

/**
 * "Research log", for those who may open it: readers of research (maintainers) and active
 * champions, who contribute notes.
 */
export function ResearchLogLink() {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useResearchLinks();
  const { allowed: canRead, loading } = usePermission({
    permission: researchReadPermission,
  });
  const champion = useAsync(
    async () =>
      !loading && !canRead
        ? (await api.getMyChampionStatus()).championships.some(
            c => c.status === 'active',
          )
        : false,
    [api, canRead, loading],
  );
  if (!canRead && !champion.value) return null;
  return (
    <Box mb={2}>
      <Link to={links.log}>{t('research.open')}</Link>
    </Box>
  );
}
