import { ReactNode, useMemo, useState } from 'react';
import {
  ContentHeader,
  EmptyState,
  Link,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Chip } from '@material-ui/core';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  feedbackCreatePermission,
  FeedbackItem,
  feedbackTriagePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { DataTable, oneLine } from '../shared/DataTable';
import { DocsButton } from '../shared/DocsButton';
import { BulkStatusBar } from './BulkStatusBar';
import { InboxFilterBar } from './InboxFilterBar';
import { useFeedbackLinks } from '../shared/links';
import {
  InboxFilters,
  inboxQuery,
  isFiltered,
  PAGE_SIZE,
  unfiltered,
  useInboxFilters,
} from './inboxFilters';
import { RelativeTime } from '../shared/RelativeTime';
import { SendFeedbackButton } from './SendFeedbackButton';
import { StatusChip } from '../shared/StatusChip';
import { VoteButton } from './VoteButton';
import { useKeysetPages } from '../../hooks/useKeysetPages';
import { useLiveUpdates } from '../../hooks/useLiveUpdates';
import { useOwnVote } from '../../hooks/useOwnVote';

const Actions = (props: { children: ReactNode }) => (
  <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
    {props.children}
  </Box>
);

/**
 * Why the inbox is empty: no platform tools to give feedback about, nothing matching the
 * filters (which it offers to clear), or no open feedback yet.
 */
function EmptyInbox(props: {
  filters: InboxFilters;
  noTools: boolean;
  sendButton: ReactNode;
  onClear: () => void;
}) {
  const { filters } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (props.noTools) {
    return (
      <EmptyState
        missing="data"
        title={t('feedback.inbox.noTools.title')}
        description={t('feedback.inbox.noTools.description')}
        action={<DocsButton page="install" anchor="which-entities-are-tools" />}
      />
    );
  }
  const docs = (
    <DocsButton page="feedback" anchor="sending-feedback-and-ideas" />
  );
  if (!isFiltered(filters)) {
    return (
      <EmptyState
        missing="content"
        title={t('feedback.inbox.empty.title')}
        description={t('feedback.inbox.empty.description')}
        action={
          <Actions>
            {props.sendButton}
            {docs}
          </Actions>
        }
      />
    );
  }
  return (
    <EmptyState
      missing="content"
      title={t('feedback.inbox.noMatch.title')}
      description={t(
        filters.mine
          ? 'feedback.inbox.noMatch.mineDescription'
          : 'feedback.inbox.noMatch.description',
      )}
      action={
        <Actions>
          <Button variant="outlined" onClick={props.onClear}>
            {t('feedback.inbox.noMatch.clear')}
          </Button>
          {props.sendButton}
          {docs}
        </Actions>
      }
    />
  );
}

const noItems: FeedbackItem[] = [];

/** The reader's +1 of an item; a +1 changes the cell, not the table (which keeps the focus). */
function VoteCell(props: { item: FeedbackItem; canVote: boolean }) {
  const [item, setItem] = useOwnVote(props.item);
  return <VoteButton item={item} disabled={!props.canVote} onVoted={setItem} />;
}

/** Feedback and ideas about the platform's tools: filtered, sorted and paged on the server. */
export function FeedbackInbox() {
  const api = useApi(platformProductApiRef);
  const { allowed: canVote } = usePermission({
    permission: feedbackCreatePermission,
  });
  const { allowed: canTriage } = usePermission({
    permission: feedbackTriagePermission,
  });
  const [selected, setSelected] = useState<FeedbackItem[]>([]);
  const [filters, setFilters] = useInboxFilters();
  const links = useFeedbackLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const tools = useAsync(() => api.getTools(), [api]);
  const { page: pageNumber, ...list } = filters;
  const pages = useKeysetPages(PAGE_SIZE, JSON.stringify(list));
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const page = await api.listFeedback({
      ...inboxQuery(filters),
      ...pages.start(pageNumber),
    });
    pages.loaded(pageNumber, page.nextCursor);
    setSelected([]);
    return page;
  }, [api, filters, pages]);
  // Someone else's change reloads the page, but not under a maintainer's selection.
  useLiveUpdates('feedback', retry, { hold: selected.length > 0 });

  const columns = useMemo((): TableColumn<FeedbackItem>[] => {
    const toolTitles = new Map(
      tools.value?.map(tool => [tool.ref, tool.title]),
    );
    return [
      {
        title: t('feedback.title'),
        highlight: true,
        width: '35%',
        render: item => <Link to={links.item(item.id)}>{item.title}</Link>,
      },
      {
        title: t('feedback.inbox.columns.kind'),
        ...oneLine(),
        render: item => t(`feedback.kinds.${item.kind}`),
      },
      {
        title: t('feedback.tool'),
        render: item => toolTitles.get(item.toolRef) ?? item.toolRef,
      },
      {
        title: t('feedback.status'),
        ...oneLine(),
        render: item => <StatusChip status={item.status} />,
      },
      {
        title: t('feedback.inbox.columns.votes'),
        ...oneLine(),
        render: item => <VoteCell item={item} canVote={canVote} />,
      },
      {
        title: t('feedback.inbox.columns.assignee'),
        ...oneLine(),
        render: item =>
          item.assigneeRef ? (
            <EntityRefLink entityRef={item.assigneeRef} hideIcon />
          ) : null,
      },
      {
        title: t('feedback.inbox.columns.tags'),
        render: item => (
          <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
            {item.tags.map(tag => (
              <Chip
                key={tag}
                label={tag}
                size="small"
                variant="outlined"
                clickable
                onClick={() => setFilters({ tag })}
              />
            ))}
          </Box>
        ),
      },
      {
        title: t('feedback.inbox.columns.age'),
        ...oneLine(),
        render: item => <RelativeTime date={item.createdAt} />,
      },
    ];
  }, [tools.value, canVote, links, t, setFilters]);

  const items = value?.items ?? noItems;
  const sendButton = <SendFeedbackButton onSent={retry} />;
  return (
    <>
      <ContentHeader title={t('feedback.inbox.title')}>
        {/* When the list is empty, the empty state offers the same button (if there are tools). */}
        {(loading || items.length > 0) && sendButton}
      </ContentHeader>
      <InboxFilterBar
        filters={filters}
        tools={tools.value ?? []}
        onChange={setFilters}
      />
      {canTriage && selected.length > 0 && (
        <BulkStatusBar selected={selected} onDone={retry} />
      )}
      {error ? (
        <ResponseErrorPanel error={error} />
      ) : (
        <DataTable<FeedbackItem>
          columns={columns}
          data={items}
          isLoading={loading}
          page={filters.page}
          totalCount={value?.totalCount ?? 0}
          localization={
            value?.moreThanTotal
              ? {
                  pagination: {
                    labelDisplayedRows: t('feedback.inbox.moreThanTotal'),
                  },
                }
              : undefined
          }
          onPageChange={page => setFilters({ page })}
          onSelectionChange={rows => setSelected(rows)}
          options={{
            selection: canTriage,
            showTextRowsSelected: false,
            toolbar: false,
            search: false,
            sorting: false,
            paging: true,
            pageSize: PAGE_SIZE,
            pageSizeOptions: [PAGE_SIZE],
            // Pages are read one after the other, by cursor: no jump to the last one.
            showFirstLastPageButtons: false,
            emptyRowsWhenPaging: false,
          }}
          emptyContent={
            <EmptyInbox
              filters={filters}
              noTools={tools.value?.length === 0}
              sendButton={sendButton}
              onClear={() => setFilters(unfiltered)}
            />
          }
        />
      )}
    </>
  );
}
