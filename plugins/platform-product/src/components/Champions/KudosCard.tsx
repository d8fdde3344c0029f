import { useCallback, useEffect, useState } from 'react';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button } from '@material-ui/core';
import { Page, Kudos } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../Feedback/headings';
import { ActionError } from '../Roadmap/ActionError';
import { DocsButton } from '../shared/DocsButton';
import { GiveKudosButton } from './GiveKudosButton';
import { KudosList } from './KudosList';

const PAGE_SIZE = 10;

/** The kudos feed, newest first, ten at a time; "Give kudos" thanks a champion. */
export function KudosCard() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const [feed, setFeed] = useState<Page<Kudos>>();
  const [{ loading, error }, load] = useAsyncFn(
    async (offset: number) => {
      const page = await api.getKudos({ limit: PAGE_SIZE, offset });
      setFeed(previous => ({
        items: offset
          ? [...(previous?.items ?? []), ...page.items]
          : page.items,
        totalCount: page.totalCount,
      }));
    },
    [api],
  );
  const reload = useCallback(() => load(0), [load]);
  useEffect(() => {
    reload();
  }, [reload]);

  const content = () => {
    if (!feed) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!feed.items.length) {
      return (
        <EmptyState
          missing="content"
          title={t('champions.kudos.empty.title')}
          description={t('champions.kudos.empty.description')}
          action={<DocsButton page="champions" anchor="recognition" />}
        />
      );
    }
    return (
      <>
        <KudosList kudos={feed.items} label={t('champions.kudos.title')} />
        {error && <ActionError error={error} />}
        {feed.items.length < feed.totalCount && (
          <Box mt={1}>
            <Button
              size="small"
              disabled={loading}
              onClick={() => load(feed.items.length)}
            >
              {t('champions.kudos.loadMore')}
            </Button>
          </Box>
        )}
      </>
    );
  };

  return (
    <InfoCard
      title={t('champions.kudos.title')}
      subheader={t('champions.kudos.subheader')}
      headerProps={headingTitle(3)}
      action={<GiveKudosButton onSent={reload} />}
    >
      {content()}
    </InfoCard>
  );
}
