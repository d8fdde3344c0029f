import { useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Typography } from '@material-ui/core';
import {
  championsManagePermission,
  Nomination,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { DocsButton } from '../shared/DocsButton';
import { LoadMoreButton } from '../shared/LoadMoreButton';
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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const permission = usePermission({ permission: championsManagePermission });
  const canManage = permission.allowed;
  const [decision, setDecision] = useState<Decision>();
  const {
    items: loaded,
    error,
    loading,
    more,
  } = useCursorList(
    cursor =>
      api.getNominations({ status: canManage ? 'open' : undefined, cursor }),
    [api, canManage, props.version],
  );
  const value = permission.loading ? undefined : loaded;

  const title = canManage
    ? t('champions.nominations.openTitle')
    : t('champions.nominations.yoursTitle');

  const done = (message: string) => {
    setDecision(undefined);
    alertApi.post({ message, severity: 'success', display: 'transient' });
    onDecided();
  };

  const content = () => {
    if (!value) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!value.length) {
      return (
        <EmptyState
          missing="content"
          title={
            canManage
              ? t('champions.nominations.noneOpen.title')
              : t('champions.nominations.noneYours.title')
          }
          description={
            canManage
              ? t('champions.nominations.noneOpen.description')
              : t('champions.nominations.noneYours.description')
          }
          action={<DocsButton page="champions" anchor="nominations" />}
        />
      );
    }
    return (
      <>
        <NominationsTable
          label={title}
          nominations={value}
          lastColumn={
            canManage
              ? {
                  title: t('champions.fields.actions'),
                  render: nomination => (
                    <Box
                      display="flex"
                      style={{ gap: 4, whiteSpace: 'nowrap' }}
                    >
                      <Button
                        size="small"
                        color="primary"
                        onClick={() =>
                          setDecision({ kind: 'approve', nomination })
                        }
                      >
                        {t('champions.nominations.approve')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          setDecision({ kind: 'decline', nomination })
                        }
                      >
                        {t('champions.nominations.decline')}
                      </Button>
                    </Box>
                  ),
                }
              : {
                  title: t('champions.nominations.status'),
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
        {error && <ResponseErrorPanel error={error} />}
        <LoadMoreButton onClick={more} disabled={loading} />
      </>
    );
  };

  return (
    <InfoCard
      title={title}
      subheader={
        canManage
          ? t('champions.nominations.openSubheader')
          : t('champions.nominations.yoursSubheader')
      }
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
      {decision?.kind === 'approve' && (
        <ApproveDialog
          nomination={decision.nomination}
          onClose={() => setDecision(undefined)}
          onApproved={() => done(t('champions.nominations.approved'))}
        />
      )}
      {decision?.kind === 'decline' && (
        <DeclineDialog
          nomination={decision.nomination}
          onClose={() => setDecision(undefined)}
          onDeclined={() => done(t('champions.nominations.declined'))}
        />
      )}
    </InfoCard>
  );
}
