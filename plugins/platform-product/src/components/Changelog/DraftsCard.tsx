import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import {
  Box,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { RelativeTime } from '../Feedback/RelativeTime';
import { formatDateTime } from '../Surveys/format';
import { CategoryChip } from './CategoryChip';
import { EntryActions } from './EntryActions';
import { useChangelogLinks } from './links';

function State(props: { entry: ChangelogEntry }) {
  const { entry } = props;
  if (entry.status === 'scheduled' && entry.publishAt) {
    return <>Scheduled for {formatDateTime(entry.publishAt)}</>;
  }
  return (
    <>
      Draft, edited <RelativeTime date={entry.updatedAt} />
    </>
  );
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
  const { value, error, retry } = useAsyncRetry(
    () => api.listUnpublishedChangelog(),
    [api, reloadKey],
  );

  const changed = (message: string) => {
    alertApi.post({ message, severity: 'success', display: 'transient' });
    onChanged();
  };

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.length) {
      return (
        <Box p={2}>
          <Typography color="textSecondary">
            No drafts or scheduled entries.
          </Typography>
        </Box>
      );
    }
    return (
      <List dense aria-label="Drafts and scheduled entries">
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
              onDeleted={() => changed(`Deleted “${entry.title}”`)}
              onReload={retry}
            />
          </ListItem>
        ))}
      </List>
    );
  };

  return (
    <InfoCard
      title="Drafts and scheduled"
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
    </InfoCard>
  );
}
