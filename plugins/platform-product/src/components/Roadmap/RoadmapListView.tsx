import { useMemo, useState } from 'react';
import {
  EmptyState,
  Link,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Chip, Typography } from '@material-ui/core';
import {
  RoadmapItem,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { formatDate } from '../Surveys/format';
import { formatVotes } from './format';
import { ItemStateChip } from './ItemStateChip';
import { useRoadmapLinks } from './links';
import { ListFilterBar, RefOption } from './ListFilterBar';
import {
  listQuery,
  ListView,
  PAGE_SIZE,
  useListFilters,
} from './roadmapParams';
import { RiceScore } from './RiceScore';
import { RoadmapVoteButton } from './RoadmapVoteButton';
import { ToolChips } from './ToolChips';
import { useTools } from './useTools';

const emptyStates: Record<ListView, { title: string; description: string }> = {
  list: {
    title: 'No roadmap items found',
    description: 'Nothing on the roadmap matches these filters.',
  },
  shipped: {
    title: 'Nothing shipped yet',
    description:
      'Items the platform team ships appear here, with their changelog entries.',
  },
  killed: {
    title: 'Nothing killed',
    description:
      'Items the platform team decides not to do appear here, with the reason why.',
  },
};

/** The teams to filter by: the catalog's teams and any other owner seen on the page. */
function ownerOptions(teams: RefOption[], items: RoadmapItem[]): RefOption[] {
  const others = [...new Set(items.map(item => item.ownerRef))]
    .filter(ref => !teams.some(team => team.ref === ref))
    .map(ref => ({ ref, title: parseEntityRef(ref).name }));
  return [...teams, ...others];
}

/**
 * Active, shipped or killed items in a table: filtered, sorted and paged on the server, with the
 * filters in the URL.
 */
export function RoadmapListView(props: { view: ListView }) {
  const { view } = props;
  const api = useApi(platformProductApiRef);
  const links = useRoadmapLinks();
  const { allowed: canVote } = usePermission({
    permission: roadmapVotePermission,
  });
  const [filters, setFilters] = useListFilters(view);
  const { tools, toolTitles } = useTools();
  const teams = useAsync(() => api.getTeams(), [api]);
  // Items changed by the reader's votes since the page was loaded; kept in place, not re-sorted.
  const [voted, setVoted] = useState<Record<number, RoadmapItem>>({});
  const { value, loading, error } = useAsync(async () => {
    const page = await api.listRoadmapItems(listQuery(view, filters));
    setVoted({});
    return page;
  }, [api, view, filters]);
  const items = value?.items.map(item => voted[item.id] ?? item) ?? [];

  const columns = useMemo((): TableColumn<RoadmapItem>[] => {
    const title: TableColumn<RoadmapItem> = {
      title: 'Title',
      highlight: true,
      width: '30%',
      render: item => (
        <>
          <Link to={links.item(item.id)}>{item.title}</Link>
          {item.earlyAccess && (
            <Box component="span" ml={1}>
              <Chip size="small" color="secondary" label="Early access" />
            </Box>
          )}
          {item.killReason && (
            <Typography variant="body2">Killed: {item.killReason}</Typography>
          )}
        </>
      ),
    };
    const common: TableColumn<RoadmapItem>[] = [
      {
        title: 'Owner',
        render: item => <EntityRefLink entityRef={item.ownerRef} hideIcon />,
      },
      {
        title: 'Tools',
        render: item => (
          <ToolChips toolRefs={item.toolRefs} toolTitles={toolTitles} />
        ),
      },
      { title: 'RICE', render: item => <RiceScore item={item} /> },
    ];
    if (view === 'shipped') {
      return [
        title,
        {
          title: 'Shipped',
          render: item => item.shippedAt && formatDate(item.shippedAt),
        },
        {
          title: 'Changelog',
          render: item => (
            <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
              {item.changelogEntryIds.map(id => (
                <Link key={id} to={links.changelogEntry(id)}>
                  {`Entry #${id}`}
                </Link>
              ))}
            </Box>
          ),
        },
        ...common,
        { title: 'Votes', render: item => formatVotes(item) },
      ];
    }
    if (view === 'killed') {
      return [
        title,
        {
          title: 'Killed',
          render: item => item.killedAt && formatDate(item.killedAt),
        },
        ...common,
        { title: 'Votes', render: item => formatVotes(item) },
      ];
    }
    return [
      title,
      { title: 'Lane', render: item => <ItemStateChip item={item} /> },
      ...common,
      {
        title: 'Votes',
        render: item => (
          <Box display="flex" alignItems="center" style={{ gap: 8 }}>
            <RoadmapVoteButton
              item={item}
              disabled={!canVote}
              onVoted={updated =>
                setVoted(previous => ({ ...previous, [updated.id]: updated }))
              }
            />
            <Typography variant="body2" color="textSecondary" component="span">
              {formatVotes(item)}
            </Typography>
          </Box>
        ),
      },
    ];
  }, [view, links, toolTitles, canVote]);

  const teamOptions = teams.value ?? [];
  return (
    <>
      <ListFilterBar
        view={view}
        filters={filters}
        tools={tools}
        owners={ownerOptions(teamOptions, items)}
        teams={teamOptions}
        onChange={setFilters}
      />
      {error ? (
        <ResponseErrorPanel error={error} />
      ) : (
        <Table<RoadmapItem>
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
          emptyContent={<EmptyState missing="content" {...emptyStates[view]} />}
        />
      )}
    </>
  );
}
