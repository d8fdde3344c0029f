import { useCallback, useEffect, useRef, useState } from 'react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, Typography } from '@material-ui/core';
import {
  FeedbackActivity,
  FeedbackItem,
} from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ReplyForm } from './ReplyForm';
import { ThreadEntry } from './ThreadEntry';
import { headingTitle } from '../shared/headings';

const THREAD_PAGE_SIZE = 50;

/**
 * An item's thread, oldest first, loaded 50 entries at a time. Threads only grow at the end, so
 * after a change (`refreshKey`) or a reply, loading from the number of entries shown finds it.
 */
export function FeedbackThread(props: {
  item: FeedbackItem;
  canReply: boolean;
  refreshKey: number;
}) {
  const { item, refreshKey } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [entries, setEntries] = useState<FeedbackActivity[]>([]);
  const [totalCount, setTotalCount] = useState(0);
  const shown = useRef(0);
  shown.current = entries.length;

  const [{ loading, error }, load] = useAsyncFn(
    async (offset: number) => {
      const page = await api.getFeedbackActivity(item.id, {
        limit: THREAD_PAGE_SIZE,
        offset,
      });
      setEntries(previous => [
        ...previous,
        ...page.items.filter(e => !previous.some(p => p.id === e.id)),
      ]);
      setTotalCount(page.totalCount);
    },
    [api, item.id],
  );
  const loadNewer = useCallback(() => load(shown.current), [load]);
  useEffect(() => {
    loadNewer();
  }, [loadNewer, refreshKey]);

  return (
    <InfoCard title={t('feedback.thread.title')} headerProps={headingTitle(3)}>
      {!entries.length && !loading && !error && (
        <Typography color="textSecondary">
          {t('feedback.thread.empty')}
        </Typography>
      )}
      <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {entries.map(entry => (
          <ThreadEntry key={entry.id} entry={entry} item={item} />
        ))}
      </Box>
      {loading && <Progress />}
      {error && <ResponseErrorPanel error={error} />}
      {!loading && totalCount > entries.length && (
        <Button variant="outlined" onClick={loadNewer}>
          {t('feedback.thread.loadMore')}
        </Button>
      )}
      {props.canReply && <ReplyForm item={item} onReplied={loadNewer} />}
    </InfoCard>
  );
}
