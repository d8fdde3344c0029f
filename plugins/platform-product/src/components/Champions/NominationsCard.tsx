import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Typography } from '@material-ui/core';
import {
  championsManagePermission,
  Nomination,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { ApproveDialog } from './ApproveDialog';
import { DeclineDialog } from './DeclineDialog';
import { NominationStatusChip } from './NominationStatusChip';
import { NominationsTable } from './NominationsTable';

type Decision = { kind: 'approve' | 'decline'; nomination: Nomination };

/**
 * Maintainers: the open nominations, to approve or decline. Everyone else: the nominations
 * they made or received, with their status.
 */
export function NominationsCard(props: {
  /** Changes whenever champions or nominations change: the list is loaded again. */
  version: number;
  onDecided: () => void;
}) {
  const { onDecided } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const permission = usePermission({ permission: championsManagePermission });
  const canManage = permission.allowed;
  const [decision, setDecision] = useState<Decision>();
  const { value, error } = useAsync(async () => {
    if (permission.loading) return undefined;
    return canManage ? api.getNominations('open') : api.getNominations();
  }, [api, canManage, permission.loading, props.version]);

  const done = (message: string) => {
    setDecision(undefined);
    alertApi.post({ message, severity: 'success', display: 'transient' });
    onDecided();
  };

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.length) {
      return (
        <Box p={2}>
          <Typography color="textSecondary">
            {canManage
              ? 'No open nominations.'
              : 'You have not nominated anyone, nor been nominated, yet.'}
          </Typography>
        </Box>
      );
    }
    return (
      <NominationsTable
        label={canManage ? 'Open nominations' : 'Your nominations'}
        nominations={value}
        lastColumn={
          canManage
            ? {
                title: 'Actions',
                render: nomination => (
                  <Box display="flex" style={{ gap: 4 }}>
                    <Button
                      size="small"
                      color="primary"
                      onClick={() =>
                        setDecision({ kind: 'approve', nomination })
                      }
                    >
                      Approve
                    </Button>
                    <Button
                      size="small"
                      onClick={() =>
                        setDecision({ kind: 'decline', nomination })
                      }
                    >
                      Decline
                    </Button>
                  </Box>
                ),
              }
            : {
                title: 'Status',
                render: nomination => (
                  <>
                    <NominationStatusChip status={nomination.status} />
                    {nomination.declineReason && (
                      <Typography variant="body2" color="textSecondary">
                        {nomination.declineReason}
                      </Typography>
                    )}
                  </>
                ),
              }
        }
      />
    );
  };

  return (
    <InfoCard
      title={canManage ? 'Open nominations' : 'Your nominations'}
      subheader={
        canManage
          ? 'Approve to make the nominee a champion of the team'
          : 'Nominations you made or received'
      }
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
      {decision?.kind === 'approve' && (
        <ApproveDialog
          nomination={decision.nomination}
          onClose={() => setDecision(undefined)}
          onApproved={() => done('Nomination approved')}
        />
      )}
      {decision?.kind === 'decline' && (
        <DeclineDialog
          nomination={decision.nomination}
          onClose={() => setDecision(undefined)}
          onDeclined={() => done('Nomination declined')}
        />
      )}
    </InfoCard>
  );
}
