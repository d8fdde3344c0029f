import { useCallback, useEffect, useState } from 'react';
import {
  ContentHeader,
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Grid, Typography } from '@material-ui/core';
import Pagination, { PaginationProps } from '@material-ui/lab/Pagination';
import {
  ChangelogEntry,
  ChangelogUnseen,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { useTools } from '../../hooks/useTools';
import { DocsButton } from '../shared/DocsButton';
import { ChangelogFilterBar } from './ChangelogFilterBar';
import {
  ChangelogFilters,
  changelogQuery,
  PAGE_SIZE,
  useChangelogFilters,
} from './changelogFilters';
import { ChangelogWeeks } from './ChangelogWeeks';
import { DraftsCard } from './DraftsCard';
import { newSince } from './format';
import { NewEntryButton } from './NewEntryButton';
import { FeedLink } from './FeedLink';
import { DigestToggle } from './DigestToggle';
import { DigestPreviewButton } from './DigestPreviewDialog';

/**
 * Why the list is empty: nothing published yet, or nothing matching the filters (with a way to
 * clear them, and what "Tools my teams use" needs in the catalog).
 */
function NoEntries(props: { filters: ChangelogFilters; onClear: () => void }) {
  const { toolRef, category, mine, q } = props.filters;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!toolRef && !category && !mine && !q) {
    return (
      <EmptyState
        missing="content"
        title={t('changelog.list.empty.title')}
        description={t('changelog.list.empty.description')}
        action={<DocsButton page="changelog" anchor="writing-and-publishing" />}
      />
    );
  }
  return (
    <EmptyState
      missing="content"
      title={t('changelog.list.noMatch.title')}
      description={t(
        mine
          ? 'changelog.list.noMatch.mineDescription'
          : 'changelog.list.noMatch.description',
      )}
      action={
        <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
          <Button variant="outlined" onClick={props.onClear}>
            {t('changelog.list.noMatch.clear')}
          </Button>
          <DocsButton
            page="changelog"
            anchor={mine ? 'tools-my-teams-use' : 'reading'}
          />
        </Box>
      }
    />
  );
}

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
  const { t } = useTranslationRef(platformProductTranslationRef);
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
  const pageLabel: PaginationProps['getItemAriaLabel'] = (
    type,
    page,
    selected,
  ) =>
    type === 'page'
      ? t(
          selected
            ? 'changelog.list.pagination.currentPage'
            : 'changelog.list.pagination.page',
          { page: String(page) },
        )
      : t(`changelog.list.pagination.${type}`);

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return null;
    if (!entries.length) {
      return (
        <NoEntries
          filters={filters}
          onClear={() =>
            setFilters({
              toolRef: undefined,
              category: undefined,
              mine: false,
              q: undefined,
            })
          }
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
            getItemAriaLabel={pageLabel}
            color="primary"
          />
        )}
      </>
    );
  };

  return (
    <>
      <ContentHeader title={t('changelog.title')}>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <DigestToggle />
          <DigestPreviewButton />
          <FeedLink toolRef={filters.toolRef} />
          <NewEntryButton onSaved={reload} />
        </Box>
      </ContentHeader>
      {!!arrival?.count && (
        <Box mb={2}>
          <Typography color="textSecondary">
            {t('changelog.list.newSinceLastVisit', { count: arrival.count })}
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
