import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { roadmapCreatePermission } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';

/** A roadmap without any item yet: who adds items, and what an item needs from the catalog. */
export function NoRoadmapItems() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed: canCreate } = usePermission({
    permission: roadmapCreatePermission,
  });
  return (
    <EmptyState
      missing="content"
      title={t('roadmap.empty.noItems.title')}
      description={
        canCreate
          ? t('roadmap.empty.noItems.canCreate')
          : t('roadmap.empty.noItems.cannotCreate')
      }
      action={<DocsButton page="roadmap" anchor="setting-up-the-roadmap" />}
    />
  );
}
