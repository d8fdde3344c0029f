import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { InfoCard } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid } from '@material-ui/core';
import {
  changelogDeletePermission,
  ChangelogEntry,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { ChangelogEntryView } from './ChangelogEntryView';
import { EntryActions } from './EntryActions';
import { useChangelogLinks } from '../shared/links';
import { ReachCard } from './ReachCard';
import { RevisionsCard } from './RevisionsCard';
import { DeliveryReportCard } from './DeliveryReportCard';
import { DetailPage, useItemIdParam } from '../shared/DetailPage';

/** One entry's permalink (`/changelog/:id`); writers also see its revisions, Edit and Delete. */
export function ChangelogEntryPage() {
  const { param, id } = useItemIdParam();
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const links = useChangelogLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed: canUpdate } = usePermission({
    permission: changelogUpdatePermission,
  });
  const { allowed: canDelete } = usePermission({
    permission: changelogDeletePermission,
  });
  const writer = canUpdate || canDelete;
  // The entry as the last action returned it, until the next load.
  const [updated, setUpdated] = useState<ChangelogEntry>();
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    if (id === undefined) {
      return undefined;
    }
    const loaded = await api.getChangelogEntry(id);
    setUpdated(undefined);
    return loaded;
  }, [api, id]);

  const frame = {
    back: { to: links.changelog(), label: t('changelog.entryPage.back') },
    loading: loading && !value,
    error,
    notFound: {
      title: t('changelog.entryPage.notFoundTitle'),
      description: t('changelog.entryPage.notFoundDescription', { id: param }),
    },
  };
  if (!value) {
    return <DetailPage {...frame} />;
  }

  const entry = updated ?? value;
  const notify = (message: string) =>
    alertApi.post({ message, severity: 'success', display: 'transient' });

  return (
    <DetailPage {...frame}>
      <Grid item xs={12} md={writer ? 8 : 12}>
        <ChangelogEntryView
          entry={entry}
          headingLevel={2}
          context="permalink"
          onChanged={setUpdated}
        />
      </Grid>
      {writer && (
        <Grid item xs={12} md={4}>
          <Box display="flex" flexDirection="column" style={{ gap: 24 }}>
            <InfoCard
              title={t('changelog.entryPage.manage')}
              headerProps={headingTitle(3)}
            >
              <EntryActions
                entry={entry}
                onChanged={(changed, message) => {
                  setUpdated(changed);
                  notify(message);
                }}
                onDeleted={() => {
                  notify(t('changelog.saved.deleted', { title: entry.title }));
                  navigate(links.changelog());
                }}
                onReload={retry}
              />
            </InfoCard>
            {canUpdate && entry.status === 'published' && (
              <DeliveryReportCard entryId={entry.id} />
            )}
            {canUpdate && (
              <ReachCard
                entryId={entry.id}
                published={entry.status === 'published'}
              />
            )}
            {canUpdate && (
              <RevisionsCard entryId={entry.id} reloadKey={entry.updatedAt} />
            )}
          </Box>
        </Grid>
      )}
    </DetailPage>
  );
}
