import { useCallback, useEffect, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import { Page, Kudos } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { ActionError } from '../Roadmap/ActionError';
import { GiveKudosButton } from './GiveKudosButton';
import { KudosList } from './KudosList';

const PAGE_SIZE = 10;

/** The kudos feed, newest first, ten at a time; "Give kudos" thanks a champion. */
export function KudosCard() {
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
        <Typography color="textSecondary">
          No kudos yet. Thank a champion for their help!
        </Typography>
      );
    }
    return (
      <>
        <KudosList kudos={feed.items} label="Kudos" />
        {error && <ActionError error={error} />}
        {feed.items.length < feed.totalCount && (
          <Box mt={1}>
            <Button
              size="small"
              disabled={loading}
              onClick={() => load(feed.items.length)}
            >
              Load more
            </Button>
          </Box>
        )}
      </>
    );
  };

  return (
    <InfoCard
      title="Kudos"
      subheader="Thanks to champions, newest first"
      headerProps={headingTitle(3)}
      action={<GiveKudosButton onSent={reload} />}
    >
      {content()}
    </InfoCard>
  );
}
