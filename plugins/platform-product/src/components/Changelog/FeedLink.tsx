import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Tooltip } from '@material-ui/core';
import RssFeedIcon from '@material-ui/icons/RssFeed';
import useAsync from 'react-use/esm/useAsync';
import { platformProductTranslationRef } from '../../translation';

/**
 * The changelog's Atom feed (of one tool, when the list is filtered by it), with how to
 * subscribe: copy the link into a feed reader.
 */
export function FeedLink(props: { toolRef?: string }) {
  const discoveryApi = useApi(discoveryApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { value: base } = useAsync(
    () => discoveryApi.getBaseUrl('platform-product'),
    [discoveryApi],
  );
  if (!base) return null;
  const query = props.toolRef
    ? `?toolRef=${encodeURIComponent(props.toolRef)}`
    : '';
  return (
    <Tooltip title={t('changelog.feed.howToSubscribe')}>
      <Button
        size="small"
        variant="outlined"
        startIcon={<RssFeedIcon />}
        href={`${base}/changelog/feed.atom${query}`}
      >
        {t('changelog.feed.link')}
      </Button>
    </Tooltip>
  );
}
