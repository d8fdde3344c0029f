import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, List, ListItem, ListItemText } from '@material-ui/core';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { platformProductTranslationRef } from '../../translation';
import { DocsButton } from '../shared/DocsButton';
import { LoadMoreButton } from '../shared/LoadMoreButton';
import { headingTitle } from '../shared/headings';
import { RelativeTime } from '../shared/RelativeTime';
import { formatDateTime } from '../shared/format';
import { CategoryChip } from './CategoryChip';
import { EntryActions } from './EntryActions';
import { useChangelogLinks } from '../shared/links';

function State(props: { entry: ChangelogEntry }) {
  const { entry } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (entry.status === 'scheduled' && entry.publishAt) {
    return (
      <>
        {t('changelog.entry.scheduledFor', {
          date: formatDateTime(entry.publishAt),
        })}
      </>
    );
  }
  return t('changelog.drafts.edited', {
    time: <RelativeTime date={entry.updatedAt} />,
  });
}

/**
 * Writers' unpublished entries, drafts and scheduled ones, with Edit, "Publish now" and Delete.
 * Reloads when `reloadKey` changes; reports every change with `onChanged`.
 */
export function DraftsCard(props: {
  reloadKey: number;
  onChanged: () => void;
}) {
  const { reloadKey, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const links = useChangelogLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const {
    items: value,
    error,
    loading,
    reload,
    more,
  } = useCursorList(
    cursor => api.listUnpublishedChangelog({ cursor }),
    [api, reloadKey],
  );

  const changed = (message: string) => {
    alertApi.post({ message, severity: 'success', display: 'transient' });
    onChanged();
  };

  const content = () => {
    if (!value) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!value.length) {
      return (
        <Box px={2} pb={2}>
          <EmptyState
            missing="content"
            title={t('changelog.drafts.emptyTitle')}
            description={t('changelog.drafts.emptyDescription')}
            action={
              <DocsButton page="changelog" anchor="writing-and-publishing" />
            }
          />
        </Box>
      );
    }
    return (
      <>
        <List dense aria-label={t('changelog.drafts.listLabel')}>
          {value.map(entry => (
            <ListItem key={entry.id} divider style={{ display: 'block' }}>
              <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                <CategoryChip category={entry.category} />
                <Link to={links.entry(entry.id)}>{entry.title}</Link>
              </Box>
              <ListItemText secondary={<State entry={entry} />} />
              <EntryActions
                entry={entry}
                onChanged={(_, message) => changed(message)}
                onDeleted={() =>
                  changed(t('changelog.saved.deleted', { title: entry.title }))
                }
                onReload={reload}
              />
            </ListItem>
          ))}
        </List>
        {error && <ResponseErrorPanel error={error} />}
        <LoadMoreButton onClick={more} disabled={loading} />
      </>
    );
  };

  return (
    <InfoCard
      title={t('changelog.drafts.title')}
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
    </InfoCard>
  );
}
