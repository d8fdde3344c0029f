import { useNavigate } from 'react-router-dom';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { roadmapCreatePermission } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useRoadmapLinks } from '../shared/links';
import { NewButton } from '../shared/NewButton';
import { RoadmapItemEditorDialog } from './RoadmapItemEditorDialog';

/** "New item", for maintainers: opens the editor, then the new item's page. */
export function NewItemButton() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed } = usePermission({ permission: roadmapCreatePermission });
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const links = useRoadmapLinks();
  if (!allowed) {
    return null;
  }
  return (
    <NewButton
      dialog={close => (
        <RoadmapItemEditorDialog
          onClose={close}
          onSaved={item => {
            alertApi.post({
              message: t('roadmap.overview.created', { title: item.title }),
              severity: 'success',
              display: 'transient',
            });
            navigate(links.item(item.id));
          }}
        />
      )}
    >
      {t('roadmap.overview.newItem')}
    </NewButton>
  );
}
