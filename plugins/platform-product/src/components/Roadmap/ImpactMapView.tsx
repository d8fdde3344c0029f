import { useMemo, useState } from 'react';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Typography } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import {
  roadmapCreatePermission,
  roadmapDeletePermission,
  RoadmapGoal,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { AddActorDialog } from './AddActorDialog';
import { AddGoalDialog } from './AddGoalDialog';
import { AddImpactDialog } from './AddImpactDialog';
import { ConfirmDialog } from './ConfirmDialog';
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

const deleteNotes = {
  goal: 'Its actors and impacts are deleted too.',
  actor: 'Its impacts are deleted too.',
  impact: 'Items that deliver it stay on the roadmap, unlinked.',
};

/**
 * The impact map: why the roadmap exists. Goals, the actors (teams or personas) who can help
 * reach them, the impacts wanted from each actor, and the roadmap items that deliver them.
 */
export function ImpactMapView() {
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed: canAdd } = usePermission({
    permission: roadmapCreatePermission,
  });
  const { allowed: canDelete } = usePermission({
    permission: roadmapDeletePermission,
  });
  const teams = useAsync(() => api.getTeams(), [api]);
  const {
    value: goals,
    error,
    retry,
  } = useAsyncRetry(() => api.getRoadmapGoals(), [api]);
  const [dialog, setDialog] = useState<Dialog>();

  const actions = useMemo((): ImpactMapActions => {
    const teamTitles = new Map(teams.value?.map(t => [t.ref, t.title]));
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
      Add goal
    </Button>
  ) : undefined;

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!goals) return <Progress />;
    if (!goals.length) {
      return (
        <EmptyState
          missing="content"
          title="No impact map yet"
          description="An impact map links the roadmap to why it exists: a goal, the actors (teams or personas) who can help reach it, the impacts wanted from them, and the roadmap items that deliver those impacts."
          action={addGoalButton}
        />
      );
    }
    return (
      <Box display="flex" flexDirection="column" style={{ gap: 16 }}>
        {goals.map(goal => (
          <GoalCard key={goal.id} goal={goal} actions={actions} />
        ))}
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
          Goal → actor → impact → roadmap items. Link an item to an impact in
          its editor.
        </Typography>
        {!!goals?.length && addGoalButton}
      </Box>
      {content()}
      {dialog?.kind === 'goal' && (
        <AddGoalDialog
          onClose={() => setDialog(undefined)}
          onAdded={() => done('Goal added')}
        />
      )}
      {dialog?.kind === 'actor' && (
        <AddActorDialog
          goal={dialog.goal}
          teams={teams.value ?? []}
          onClose={() => setDialog(undefined)}
          onAdded={() => done('Actor added')}
        />
      )}
      {dialog?.kind === 'impact' && (
        <AddImpactDialog
          actorId={dialog.actorId}
          actorName={dialog.name}
          onClose={() => setDialog(undefined)}
          onAdded={() => done('Impact added')}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete ${dialog.what} “${dialog.name}”?`}
          confirmLabel="Delete"
          onConfirm={async () => {
            await api.deleteFromImpactMap(dialog.what, dialog.id);
            done(`Deleted ${dialog.what} “${dialog.name}”`);
          }}
          onClose={() => setDialog(undefined)}
        >
          {deleteNotes[dialog.what]}
        </ConfirmDialog>
      )}
    </>
  );
}
