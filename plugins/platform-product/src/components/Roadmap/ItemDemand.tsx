import { ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RoadmapItemDetail } from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { DemandCard } from './DemandCard';
import { SuggestionsCard } from './SuggestionsCard';

/**
 * The item's demand and suggestions, read again whenever the item changes (its version) or
 * evidence is added or removed.
 */
export function useItemDemand(item: RoadmapItemDetail | undefined) {
  const api = useApi(platformProductApiRef);
  return useAsyncRetry(
    async () => (item ? api.getRoadmapDemand(item.id) : undefined),
    [api, item?.id, item?.version, item?.voteCount],
  );
}

/** The demand card of the item page, with adding and removing evidence. */
export function ItemDemandCard(props: {
  item: RoadmapItemDetail;
  demand: ReturnType<typeof useItemDemand>;
  canUpdate: boolean;
  onFailed: (error: unknown) => void;
}) {
  const { item, demand, canUpdate } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (demand.error) {
    return <ResponseErrorPanel error={demand.error} />;
  }
  if (!demand.value) {
    return null;
  }
  const done = (message: string) => {
    alertApi.post({ message, severity: 'success', display: 'transient' });
    demand.retry();
  };
  return (
    <DemandCard
      item={item}
      demand={demand.value}
      canUpdate={canUpdate}
      onChanged={() => done(t('roadmap.evidence.added'))}
      onRemove={evidenceId =>
        api
          .unlinkEvidence(item.id, evidenceId)
          .then(() => done(t('roadmap.evidence.removed')), props.onFailed)
      }
    />
  );
}

/** The suggestions card of the item page, once the demand is read. */
export function ItemSuggestionsCard(props: {
  item: RoadmapItemDetail;
  demand: ReturnType<typeof useItemDemand>;
  canUpdate: boolean;
  onChanged: (next: RoadmapItemDetail) => void;
  onFailed: (error: unknown) => void;
}) {
  const { demand, ...rest } = props;
  if (!demand.value) {
    return null;
  }
  return <SuggestionsCard {...rest} suggestion={demand.value.suggestion} />;
}
