import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText } from '@material-ui/core';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { RelativeTime } from '../shared/RelativeTime';
import { LoadMoreButton } from '../shared/LoadMoreButton';

/** Who created, edited and published the entry, and when; for writers. */
export function RevisionsCard(props: {
  entryId: number;
  /** Changes with every change of the entry (e.g. its `updatedAt`), to reload its revisions. */
  reloadKey: string;
}) {
  const { entryId, reloadKey } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const {
    items: value,
    error,
    loading,
    more,
  } = useCursorList(
    cursor => api.getChangelogRevisions(entryId, { cursor }),
    [api, entryId, reloadKey],
  );

  const content = () => {
    if (!value) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    return (
      <>
        <List dense>
          {value.map(revision => (
            <ListItem key={revision.id}>
              <ListItemText
                primary={
                  <>
                    <EntityRefLink entityRef={revision.actorRef} hideIcon />{' '}
                    {t(`changelog.revisions.${revision.action}`)}
                  </>
                }
                secondary={<RelativeTime date={revision.createdAt} />}
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
      title={t('changelog.revisions.title')}
      headerProps={headingTitle(3)}
      noPadding
    >
      {content()}
    </InfoCard>
  );
}
