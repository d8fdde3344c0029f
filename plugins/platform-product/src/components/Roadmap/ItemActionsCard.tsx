import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button } from '@material-ui/core';
import { RoadmapItemDetail } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { KillDialog } from './KillDialog';
import { useLaneTitles } from '../shared/laneTitles';
import { MoveMenu } from './MoveMenu';
import { OutcomeDecisionDialog } from './OutcomeDecisionDialog';
import { RoadmapItemEditorDialog } from './RoadmapItemEditorDialog';
import { ShipDialog } from './ShipDialog';

type Dialog = 'edit' | 'ship' | 'kill' | 'outcome' | 'delete';

/**
 * A maintainer's actions on an item: edit, move, ship, kill, decide a shipped item's outcome
 * (with `canUpdate`) and delete (with `canDelete`). Every change names the version it started from.
 */
export function ItemActionsCard(props: {
  item: RoadmapItemDetail;
  canUpdate: boolean;
  canDelete: boolean;
  onChanged: (item: RoadmapItemDetail, message: string) => void;
  onDeleted: () => void;
  onReload: () => void;
  onFailed: (error: unknown) => void;
}) {
  const { item, canUpdate, onChanged, onReload } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  const [dialog, setDialog] = useState<Dialog>();
  const active = item.status === 'active';
  const done = (message: string) => (changed: RoadmapItemDetail) => {
    setDialog(undefined);
    onChanged(changed, message);
  };

  return (
    <InfoCard title={t('roadmap.manage.title')} headerProps={headingTitle(3)}>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {canUpdate && (
          <Button variant="outlined" onClick={() => setDialog('edit')}>
            {t('roadmap.manage.edit')}
          </Button>
        )}
        {canUpdate && active && (
          <>
            <MoveMenu
              item={item}
              onMoved={moved =>
                onChanged(
                  moved,
                  t('roadmap.manage.movedTo', { lane: laneTitles[moved.lane] }),
                )
              }
              onError={props.onFailed}
            />
            <Button variant="outlined" onClick={() => setDialog('ship')}>
              {t('roadmap.manage.ship')}
            </Button>
            <Button variant="outlined" onClick={() => setDialog('kill')}>
              {t('roadmap.manage.kill')}
            </Button>
          </>
        )}
        {canUpdate && item.status === 'shipped' && (
          <Button variant="outlined" onClick={() => setDialog('outcome')}>
            {t('roadmap.manage.decide')}
          </Button>
        )}
        {props.canDelete && (
          <Button variant="outlined" onClick={() => setDialog('delete')}>
            {t('roadmap.manage.delete')}
          </Button>
        )}
      </Box>
      {dialog === 'edit' && (
        <RoadmapItemEditorDialog
          // A reload after a conflict brings a new version: the editor keeps what was typed.
          item={item}
          onClose={() => setDialog(undefined)}
          onSaved={done(t('roadmap.manage.saved'))}
          onReload={onReload}
        />
      )}
      {dialog === 'ship' && (
        <ShipDialog
          item={item}
          onClose={() => setDialog(undefined)}
          onShipped={done(t('roadmap.manage.shipped'))}
          onReload={onReload}
        />
      )}
      {dialog === 'kill' && (
        <KillDialog
          item={item}
          onClose={() => setDialog(undefined)}
          onKilled={done(t('roadmap.manage.killed'))}
          onReload={onReload}
        />
      )}
      {dialog === 'outcome' && (
        <OutcomeDecisionDialog
          item={item}
          onClose={() => setDialog(undefined)}
          onDecided={done(t('roadmap.manage.decided'))}
          onReload={onReload}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('roadmap.manage.deleteTitle', { title: item.title })}
          confirmLabel={t('roadmap.generic.delete')}
          onConfirm={async () => {
            await api.deleteRoadmapItem(item.id);
            props.onDeleted();
          }}
          onClose={() => setDialog(undefined)}
        >
          {t('roadmap.manage.deleteNote')}
        </ConfirmDialog>
      )}
    </InfoCard>
  );
}
