import { useCallback, useEffect, useState } from 'react';
import {
  ContentHeader,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid, Typography } from '@material-ui/core';
import Pagination from '@material-ui/lab/Pagination';
import {
  ChangelogEntry,
  ChangelogUnseen,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { useTools } from '../Roadmap/useTools';
import { ChangelogFilterBar } from './ChangelogFilterBar';
import {
  changelogQuery,
  PAGE_SIZE,
  useChangelogFilters,
} from './changelogFilters';
import { ChangelogWeeks } from './ChangelogWeeks';
import { DraftsCard } from './DraftsCard';
import { newSince } from './format';
import { NewEntryButton } from './NewEntryButton';

/**
 * The changelog: published entries by week, newest first, filtered (in the URL) and paged on
 * the server; writers also get "New entry" and their drafts and scheduled entries.
 */
export function ChangelogList(props: {
  /** What was unseen when the reader arrived. */
  arrival?: ChangelogUnseen;
  /** Called once entries were shown. */
  onLoaded: () => void;
}) {
  const { arrival, onLoaded } = props;
  const api = useApi(platformProductApiRef);
  const { allowed: canUpdate } = usePermission({
    permission: changelogUpdatePermission,
  });
  const [filters, setFilters] = useChangelogFilters();
  const { tools } = useTools();
  const [reloadKey, setReloadKey] = useState(0);
  const reload = useCallback(() => setReloadKey(key => key + 1), []);
  // Entries the reader marked helpful since the page was loaded.
  const [reacted, setReacted] = useState<Record<number, ChangelogEntry>>({});
  const { value, loading, error } = useAsync(async () => {
    const page = await api.listChangelog(changelogQuery(filters));
    setReacted({});
    return page;
  }, [api, filters, reloadKey]);

  useEffect(() => {
    if (value) onLoaded();
  }, [value, onLoaded]);

  const entries =
    value?.items.map(entry =>
      newSince(reacted[entry.id] ?? entry, arrival?.lastSeenAt),
    ) ?? [];
  const pageCount = Math.ceil((value?.totalCount ?? 0) / PAGE_SIZE);
  const filtered = !!(filters.toolRef || filters.category || filters.mine);

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return null;
    if (!entries.length) {
      return (
        <EmptyState
          missing="content"
          title={filtered ? 'No changes match these filters' : 'No changes yet'}
          description="Announcements of new, improved, fixed and retired platform features show up here."
        />
      );
    }
    return (
      <>
        <ChangelogWeeks
          entries={entries}
          onChanged={entry =>
            setReacted(previous => ({ ...previous, [entry.id]: entry }))
          }
        />
        {pageCount > 1 && (
          <Pagination
            count={pageCount}
            page={filters.page + 1}
            onChange={(_, page) => setFilters({ page: page - 1 })}
            color="primary"
          />
        )}
      </>
    );
  };

  return (
    <>
      <ContentHeader title="Changelog">
        <NewEntryButton onSaved={reload} />
      </ContentHeader>
      {!!arrival?.count && (
        <Box mb={2}>
          <Typography color="textSecondary">
            {arrival.count} new since your last visit
          </Typography>
        </Box>
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={canUpdate ? 8 : 12}>
          <ChangelogFilterBar
            filters={filters}
            tools={tools}
            onChange={setFilters}
          />
          {loading && <Progress />}
          {content()}
        </Grid>
        {canUpdate && (
          <Grid item xs={12} md={4}>
            <DraftsCard reloadKey={reloadKey} onChanged={reload} />
          </Grid>
        )}
      </Grid>
    </>
  );
}
