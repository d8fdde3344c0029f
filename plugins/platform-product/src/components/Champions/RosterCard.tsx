import { useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  Champion,
  championsManagePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { ConfirmDialog } from '../Roadmap/ConfirmDialog';
import { ChampionsTable } from './ChampionsTable';

/**
 * Active champions and the alumni. Maintainers move a champion to the alumni; champions step
 * down from their own championships.
 */
export function RosterCard(props: {
  /** Changes whenever champions change: the roster is loaded again. */
  version: number;
  /** The signed-in person, who may step down from their own championships. */
  viewerRef?: string;
  onChanged: () => void;
}) {
  const { viewerRef, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed: canManage } = usePermission({
    permission: championsManagePermission,
  });
  const [retiring, setRetiring] = useState<Champion>();
  const { value, error } = useAsync(
    () => api.getChampions(),
    [api, props.version],
  );

  const retire = async (champion: Champion) => {
    await api.retireChampion(champion.id);
    setRetiring(undefined);
    alertApi.post({
      message:
        champion.userRef === viewerRef
          ? 'You stepped down'
          : 'Moved to the alumni',
      severity: 'success',
      display: 'transient',
    });
    onChanged();
  };

  const action = (champion: Champion) => {
    const own = champion.userRef === viewerRef;
    if (!own && !canManage) {
      return null;
    }
    return (
      <Button size="small" onClick={() => setRetiring(champion)}>
        {own ? 'Step down' : 'Move to alumni'}
      </Button>
    );
  };
  const anyAction =
    canManage || value?.active.some(c => c.userRef === viewerRef);

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    return (
      <>
        {value.active.length ? (
          <ChampionsTable
            label="Active champions"
            champions={value.active}
            action={anyAction ? action : undefined}
          />
        ) : (
          <Box p={2}>
            <Typography color="textSecondary">
              No active champions yet.
            </Typography>
          </Box>
        )}
        {value.alumni.length > 0 && (
          <Accordion
            elevation={0}
            square
            TransitionProps={{ unmountOnExit: true }}
          >
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Typography>Alumni ({value.alumni.length})</Typography>
            </AccordionSummary>
            <AccordionDetails style={{ padding: 0 }}>
              <ChampionsTable label="Alumni" champions={value.alumni} ended />
            </AccordionDetails>
          </Accordion>
        )}
      </>
    );
  };

  return (
    <InfoCard
      title="Champions"
      subheader="Who champions the platform in which team"
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
      {retiring &&
        (retiring.userRef === viewerRef ? (
          <ConfirmDialog
            title="Step down?"
            confirmLabel="Step down"
            onConfirm={() => retire(retiring)}
            onClose={() => setRetiring(undefined)}
          >
            You stop championing{' '}
            <EntityDisplayName
              entityRef={retiring.teamRef}
              hideIcon
              disableTooltip
            />{' '}
            and join the alumni. Your kudos and activities stay.
          </ConfirmDialog>
        ) : (
          <ConfirmDialog
            title="Move to alumni?"
            confirmLabel="Move to alumni"
            onConfirm={() => retire(retiring)}
            onClose={() => setRetiring(undefined)}
          >
            <EntityDisplayName
              entityRef={retiring.userRef}
              hideIcon
              disableTooltip
            />{' '}
            stops championing{' '}
            <EntityDisplayName
              entityRef={retiring.teamRef}
              hideIcon
              disableTooltip
            />{' '}
            and joins the alumni. Their kudos and activities stay.
          </ConfirmDialog>
        ))}
    </InfoCard>
  );
}
