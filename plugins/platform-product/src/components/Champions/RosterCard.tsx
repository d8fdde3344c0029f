import { useEffect, useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Button,
  TablePagination,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import {
  Champion,
  championsManagePermission,
  Page,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { DocsButton } from '../shared/DocsButton';
import { ChampionsTable } from './ChampionsTable';

const PAGE_SIZE = 25;

/** One part of the roster (the active champions or the alumni), a page at a time. */
function useRosterPage(status: Champion['status'], version: number) {
  const api = useApi(platformProductApiRef);
  const [page, setPage] = useState(0);
  const { value, error } = useAsync(
    () =>
      api.getChampions({ status, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [api, status, page, version],
  );
  // The only champion on the last page moved to the alumni: show the page before it.
  useEffect(() => {
    if (value && !value.items.length && page > 0) {
      setPage(Math.max(0, Math.ceil(value.totalCount / PAGE_SIZE) - 1));
    }
  }, [value, page]);
  return { value, error, page, setPage };
}

/** Pages of a roster table, when there is more than one. */
function RosterPagination(props: {
  value: Page<Champion>;
  page: number;
  onPageChange: (page: number) => void;
}) {
  if (props.value.totalCount <= PAGE_SIZE) {
    return null;
  }
  return (
    <TablePagination
      component="div"
      count={props.value.totalCount}
      page={props.page}
      rowsPerPage={PAGE_SIZE}
      rowsPerPageOptions={[]}
      onPageChange={(_, next) => props.onPageChange(next)}
    />
  );
}

/**
 * Active champions and the alumni, each paged. Maintainers move a champion to the alumni;
 * champions step down from their own championships.
 */
export function RosterCard(props: {
  /** Changes whenever champions change: the roster is loaded again. */
  version: number;
  /** The signed-in person, who may step down from their own championships. */
  viewerRef?: string;
  onChanged: () => void;
}) {
  const { viewerRef, onChanged } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { allowed: canManage } = usePermission({
    permission: championsManagePermission,
  });
  const [retiring, setRetiring] = useState<Champion>();
  const active = useRosterPage('active', props.version);
  const alumni = useRosterPage('alumni', props.version);

  const retire = async (champion: Champion) => {
    await api.retireChampion(champion.id);
    setRetiring(undefined);
    alertApi.post({
      message:
        champion.userRef === viewerRef
          ? t('champions.roster.steppedDown')
          : t('champions.roster.movedToAlumni'),
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
        {own
          ? t('champions.roster.stepDown')
          : t('champions.roster.moveToAlumni')}
      </Button>
    );
  };
  const anyAction =
    canManage || active.value?.items.some(c => c.userRef === viewerRef);

  const content = () => {
    const error = active.error ?? alumni.error;
    if (error) return <ResponseErrorPanel error={error} />;
    if (!active.value || !alumni.value) return <Progress />;
    return (
      <>
        {active.value.totalCount ? (
          <>
            <ChampionsTable
              label={t('champions.roster.active')}
              champions={active.value.items}
              action={anyAction ? action : undefined}
            />
            <RosterPagination
              value={active.value}
              page={active.page}
              onPageChange={active.setPage}
            />
          </>
        ) : (
          <EmptyState
            missing="content"
            title={t('champions.roster.empty.title')}
            description={t('champions.roster.empty.description')}
            action={<DocsButton page="champions" anchor="nominations" />}
          />
        )}
        {alumni.value.totalCount > 0 && (
          <Accordion
            elevation={0}
            square
            TransitionProps={{ unmountOnExit: true }}
          >
            <AccordionSummary expandIcon={<ExpandMoreIcon />}>
              <Typography>
                {t('champions.roster.alumniCount', {
                  total: String(alumni.value.totalCount),
                })}
              </Typography>
            </AccordionSummary>
            <AccordionDetails
              style={{ padding: 0, flexDirection: 'column', display: 'flex' }}
            >
              <ChampionsTable
                label={t('champions.roster.alumni')}
                champions={alumni.value.items}
                ended
              />
              <RosterPagination
                value={alumni.value}
                page={alumni.page}
                onPageChange={alumni.setPage}
              />
            </AccordionDetails>
          </Accordion>
        )}
      </>
    );
  };

  return (
    <InfoCard
      title={t('champions.title')}
      subheader={t('champions.roster.subheader')}
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
      {retiring &&
        (retiring.userRef === viewerRef ? (
          <ConfirmDialog
            title={t('champions.roster.stepDownTitle')}
            confirmLabel={t('champions.roster.stepDown')}
            onConfirm={() => retire(retiring)}
            onClose={() => setRetiring(undefined)}
          >
            {t('champions.roster.stepDownText', {
              team: (
                <EntityDisplayName
                  entityRef={retiring.teamRef}
                  hideIcon
                  disableTooltip
                />
              ),
            })}
          </ConfirmDialog>
        ) : (
          <ConfirmDialog
            title={t('champions.roster.moveToAlumniTitle')}
            confirmLabel={t('champions.roster.moveToAlumni')}
            onConfirm={() => retire(retiring)}
            onClose={() => setRetiring(undefined)}
          >
            {t('champions.roster.moveToAlumniText', {
              champion: (
                <EntityDisplayName
                  entityRef={retiring.userRef}
                  hideIcon
                  disableTooltip
                />
              ),
              team: (
                <EntityDisplayName
                  entityRef={retiring.teamRef}
                  hideIcon
                  disableTooltip
                />
              ),
            })}
          </ConfirmDialog>
        ))}
    </InfoCard>
  );
}
