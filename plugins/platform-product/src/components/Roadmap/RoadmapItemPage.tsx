import { ReactNode, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid } from '@material-ui/core';
import {
  roadmapDeletePermission,
  RoadmapItemDetail,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ActionError } from '../shared/ActionError';
import { HistoryCard } from './HistoryCard';
import {
  ItemDemandCard,
  ItemSuggestionsCard,
  useItemDemand,
} from './ItemDemand';
import { ItemActionsCard } from './ItemActionsCard';
import { ItemSummaryCard } from './ItemSummaryCard';
import { OutcomeCard } from './OutcomeCard';
import { useRoadmapLinks } from '../shared/links';
import { RiceCard } from './RiceCard';
import { SuccessCriteriaCard } from './SuccessCriteriaCard';
import { DetailPage, useItemIdParam } from '../shared/DetailPage';

function Column(props: { children: ReactNode }) {
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
      {props.children}
    </Box>
  );
}

/** One roadmap item (`/roadmap/:id`): what, why (RICE), its history and success criteria. */
export function RoadmapItemPage() {
  const { param, id } = useItemIdParam();
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const navigate = useNavigate();
  const links = useRoadmapLinks();
  const { allowed: canVote } = usePermission({
    permission: roadmapVotePermission,
  });
  const { allowed: canUpdate } = usePermission({
    permission: roadmapUpdatePermission,
  });
  const { allowed: canDelete } = usePermission({
    permission: roadmapDeletePermission,
  });
  // The item as the last action returned it, until the next load.
  const [updated, setUpdated] = useState<RoadmapItemDetail>();
  const [actionError, setActionError] = useState<unknown>();
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    if (id === undefined) {
      return undefined;
    }
    const loaded = await api.getRoadmapItem(id);
    setUpdated(undefined);
    return loaded;
  }, [api, id]);
  const demand = useItemDemand(updated ?? value);

  const frame = {
    back: { to: links.roadmap(), label: t('roadmap.item.back') },
    loading: loading && !value,
    error,
    notFound: {
      title: t('roadmap.item.notFoundTitle'),
      description: t('roadmap.item.notFoundDescription', { id: param }),
    },
  };
  if (!value) {
    return <DetailPage {...frame} />;
  }

  const item = updated ?? value;
  const reload = () => {
    setActionError(undefined);
    retry();
  };
  const changed = (next: RoadmapItemDetail, message: string) => {
    setActionError(undefined);
    setUpdated(next);
    alertApi.post({ message, severity: 'success', display: 'transient' });
  };
  const maintainer = canUpdate || canDelete;

  return (
    <DetailPage {...frame}>
      {actionError !== undefined && (
        <Grid item xs={12}>
          <ActionError error={actionError} onReload={reload} />
        </Grid>
      )}
      <Grid item xs={12} md={8}>
        <Column>
          <ItemSummaryCard
            item={item}
            canVote={canVote}
            onVoted={voted => setUpdated({ ...item, ...voted })}
          />
          <ItemDemandCard
            item={item}
            demand={demand}
            canUpdate={canUpdate}
            onFailed={setActionError}
          />
          <SuccessCriteriaCard
            criteria={item.criteria}
            canReview={canUpdate}
            onChanged={next => changed(next, t('roadmap.item.outcomeSaved'))}
          />
          {item.outcome && <OutcomeCard outcome={item.outcome} />}
          <HistoryCard history={item.history} />
        </Column>
      </Grid>
      <Grid item xs={12} md={4}>
        <Column>
          <RiceCard item={item} />
          <ItemSuggestionsCard
            item={item}
            demand={demand}
            canUpdate={canUpdate}
            onChanged={next => changed(next, t('roadmap.suggestion.updated'))}
            onFailed={setActionError}
          />
          {maintainer && (
            <ItemActionsCard
              item={item}
              canUpdate={canUpdate}
              canDelete={canDelete}
              onChanged={changed}
              onDeleted={() => {
                alertApi.post({
                  message: t('roadmap.item.deleted', { title: item.title }),
                  severity: 'success',
                  display: 'transient',
                });
                navigate(links.roadmap());
              }}
              onReload={reload}
              onFailed={setActionError}
            />
          )}
        </Column>
      </Grid>
    </DetailPage>
  );
}
