import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box } from '@material-ui/core';
import { platformProductTranslationRef } from '../../translation';
import { LatestChanges } from './EntityChangelogCard';
import { useChangelogLinks } from '../shared/links';

/** What changed in the platform lately (for a home page widget, which has its own frame). */
export function WhatsNew() {
  const links = useChangelogLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <>
      <LatestChanges
        emptyTitle={t('changelog.latest.empty')}
        emptyDescription={t('changelog.latest.emptyDescription')}
      />
      <Box mt={1}>
        <Link to={links.changelog()}>{t('changelog.latest.all')}</Link>
      </Box>
    </>
  );
}
