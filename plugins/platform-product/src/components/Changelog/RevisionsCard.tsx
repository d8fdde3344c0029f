import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText } from '@material-ui/core';
import { ChangelogRevision } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { RelativeTime } from '../Feedback/RelativeTime';

const actions: Record<ChangelogRevision['action'], string> = {
  created: 'created it',
  updated: 'edited it',
  published: 'published it',
  deleted: 'deleted it',
};

/** Who created, edited and published the entry, and when; for writers. */
export function RevisionsCard(props: {
  entryId: number;
  /** Changes with every change of the entry (e.g. its `updatedAt`), to reload its revisions. */
  reloadKey: string;
}) {
  const { entryId, reloadKey } = props;
  const api = useApi(platformProductApiRef);
  const { value, error } = useAsync(
    () => api.getChangelogRevisions(entryId),
    [api, entryId, reloadKey],
  );

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    return (
      <List dense>
        {value.map(revision => (
          <ListItem key={revision.id}>
            <ListItemText
              primary={
                <>
                  <EntityRefLink entityRef={revision.actorRef} hideIcon />{' '}
                  {actions[revision.action]}
                </>
              }
              secondary={<RelativeTime date={revision.createdAt} />}
            />
          </ListItem>
        ))}
      </List>
    );
  };

  return (
    <InfoCard title="Revisions" headerProps={headingTitle(3)} noPadding>
      {content()}
    </InfoCard>
  );
}
