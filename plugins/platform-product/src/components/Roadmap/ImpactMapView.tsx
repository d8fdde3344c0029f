import { useMemo, useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Typography } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import {
  roadmapCreatePermission,
  roadmapDeletePermission,
  RoadmapGoal,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { useTeams } from '../../hooks/useTeams';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { LoadMoreButton } from '../shared/LoadMoreButton';
import { AddActorDialog } from './AddActorDialog';
import { AddGoalDialog } from './AddGoalDialog';
import { AddImpactDialog } from './AddImpactDialog';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { Actor, GoalCard, ImpactMapActions } from './GoalCard';

type Dialog =
  | { kind: 'goal' }
  | { kind: 'actor'; goal: RoadmapGoal }
  | { kind: 'impact'; actorId: number; name: string }
  | {
      kind: 'delete';
      what: 'goal' | 'actor' | 'impact';
      id: number;
      name: string;
    };

/**
 * The impact map: why the roadmap exists. Goals, the actors (teams or personas) who can help
 * reach them, the impacts wanted from each actor, and the roadmap items that deliver them.
 */
export function ImpactMapView() {
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed: canAdd } = usePermission({
    permission: roadmapCreatePermission,
  });
  const { allowed: canDelete } = usePermission({
    permission: roadmapDeletePermission,
  });
  const teams = useTeams();
  const {
    items: goals,
    error,
    loading,
    reload: retry,
    more,
  } = useCursorList(cursor => api.getRoadmapGoals({ cursor }), [api]);
  const [dialog, setDialog] = useState<Dialog>();

  const actions = useMemo((): ImpactMapActions => {
    const teamTitles = new Map(
      teams.value?.map(team => [team.ref, team.title]),
    );
    return {
      canAdd,
      canDelete,
      addActor: goal => setDialog({ kind: 'actor', goal }),
      addImpact: (actor, name) =>
        setDialog({ kind: 'impact', actorId: actor.id, name }),
      remove: (what, id, name) => setDialog({ kind: 'delete', what, id, name }),
      actorName: (actor: Actor) =>
        actor.teamRef
          ? teamTitles.get(actor.teamRef) ?? parseEntityRef(actor.teamRef).name
          : actor.persona ?? '',
    };
  }, [canAdd, canDelete, teams.value]);

  const done = (message: string) => {
    setDialog(undefined);
    alertApi.post({ message, severity: 'success', display: 'transient' });
    retry();
  };
  const addGoalButton = canAdd ? (
    <Button
      variant="outlined"
      color="primary"
      startIcon={<AddIcon />}
      onClick={() => setDialog({ kind: 'goal' })}
    >
      {t('roadmap.impactMap.addGoal')}
    </Button>
  ) : undefined;

  const content = () => {
    if (!goals) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!goals.length) {
      return (
        <EmptyState
          missing="content"
          title={t('roadmap.impactMap.emptyTitle')}
          description={t('roadmap.impactMap.emptyDescription')}
          action={
            <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
              {addGoalButton}
              <DocsButton page="roadmap" anchor="impact-map" />
            </Box>
          }
        />
      );
    }
    return (
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        {goals.map(goal => (
          <GoalCard key={goal.id} goal={goal} actions={actions} />
        ))}
        {error && <ResponseErrorPanel error={error} />}
        <LoadMoreButton onClick={more} disabled={loading} />
      </Box>
    );
  };

  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        mb={2}
        style={{ gap: 16 }}
      >
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.impactMap.intro')}
        </Typography>
        {!!goals?.length && addGoalButton}
      </Box>
      {content()}
      {dialog?.kind === 'goal' && (
        <AddGoalDialog
          onClose={() => setDialog(undefined)}
          onAdded={() => done(t('roadmap.impactMap.goalAdded'))}
        />
      )}
      {dialog?.kind === 'actor' && (
        <AddActorDialog
          goal={dialog.goal}
          teams={teams.value ?? []}
          onClose={() => setDialog(undefined)}
          onAdded={() => done(t('roadmap.impactMap.actorAdded'))}
        />
      )}
      {dialog?.kind === 'impact' && (
        <AddImpactDialog
          actorId={dialog.actorId}
          actorName={dialog.name}
          onClose={() => setDialog(undefined)}
          onAdded={() => done(t('roadmap.impactMap.impactAdded'))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t(`roadmap.impactMap.deleteTitle.${dialog.what}`, {
            name: dialog.name,
          })}
          confirmLabel={t('roadmap.generic.delete')}
          onConfirm={async () => {
            await api.deleteFromImpactMap(dialog.what, dialog.id);
            done(
              t(`roadmap.impactMap.deleted.${dialog.what}`, {
                name: dialog.name,
              }),
            );
          }}
          onClose={() => setDialog(undefined)}
        >
          {t(`roadmap.impactMap.deleteNotes.${dialog.what}`)}
        </ConfirmDialog>
      )}
    </>
  );
}
