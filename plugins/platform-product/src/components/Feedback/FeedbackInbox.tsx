import { useMemo, useState } from 'react';
import {
  ContentHeader,
  EmptyState,
  Link,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  feedbackCreatePermission,
  FeedbackItem,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { kindLabels } from './format';
import { InboxFilterBar } from './InboxFilterBar';
import { useFeedbackLinks } from './links';
import { inboxQuery, PAGE_SIZE, useInboxFilters } from './inboxFilters';
import { RelativeTime } from './RelativeTime';
import { SendFeedbackButton } from './SendFeedbackButton';
import { StatusChip } from './StatusChip';
import { VoteButton } from './VoteButton';

/** Feedback and ideas about the platform's tools: filtered, sorted and paged on the server. */
export function FeedbackInbox() {
  const api = useApi(platformProductApiRef);
  const { allowed: canVote } = usePermission({
    permission: feedbackCreatePermission,
  });
  const [filters, setFilters] = useInboxFilters();
  const links = useFeedbackLinks();
  const tools = useAsync(() => api.getTools(), [api]);
  // Items changed by the reader's +1s since the page was loaded; kept in place, not re-sorted.
  const [voted, setVoted] = useState<Record<number, FeedbackItem>>({});
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const page = await api.listFeedback(inboxQuery(filters));
    setVoted({});
    return page;
  }, [api, filters]);

  const columns = useMemo((): TableColumn<FeedbackItem>[] => {
    const toolTitles = new Map(tools.value?.map(t => [t.ref, t.title]));
    return [
      {
        title: 'Title',
        highlight: true,
        width: '35%',
        render: item => <Link to={links.item(item.id)}>{item.title}</Link>,
      },
      { title: 'Kind', render: item => kindLabels[item.kind] },
      {
        title: 'Tool',
        render: item => toolTitles.get(item.toolRef) ?? item.toolRef,
      },
      { title: 'Status', render: item => <StatusChip status={item.status} /> },
      {
        title: '+1s',
        render: item => (
          <VoteButton
            item={item}
            disabled={!canVote}
            onVoted={updated =>
              setVoted(previous => ({ ...previous, [updated.id]: updated }))
            }
          />
        ),
      },
      { title: 'Age', render: item => <RelativeTime date={item.createdAt} /> },
    ];
  }, [tools.value, canVote, links]);

  const items = value?.items.map(item => voted[item.id] ?? item) ?? [];
  const sendButton = <SendFeedbackButton onSent={retry} />;
  return (
    <>
      <ContentHeader title="Feedback and ideas">
        {/* When the list is empty, the empty state offers the same button. */}
        {(loading || items.length > 0) && sendButton}
      </ContentHeader>
      <InboxFilterBar
        filters={filters}
        tools={tools.value ?? []}
        onChange={setFilters}
      />
      {error ? (
        <ResponseErrorPanel error={error} />
      ) : (
        <Table<FeedbackItem>
          columns={columns}
          data={items}
          isLoading={loading}
          page={filters.page}
          totalCount={value?.totalCount ?? 0}
          onPageChange={page => setFilters({ page })}
          options={{
            toolbar: false,
            search: false,
            sorting: false,
            paging: true,
            pageSize: PAGE_SIZE,
            pageSizeOptions: [PAGE_SIZE],
            emptyRowsWhenPaging: false,
          }}
          emptyContent={
            <EmptyState
              missing="content"
              title="No feedback found"
              description="Nothing matches these filters yet. Tell the platform team what works, what does not and what you miss."
              action={sendButton}
            />
          }
        />
      )}
    </>
  );
}
