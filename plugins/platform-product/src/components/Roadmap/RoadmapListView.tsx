import { useMemo } from 'react';
import {
  EmptyState,
  Link,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Chip, Typography } from '@material-ui/core';
import {
  RoadmapItem,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { useLiveUpdates } from '../../hooks/useLiveUpdates';
import { useOwnVote } from '../../hooks/useOwnVote';
import { platformProductTranslationRef } from '../../translation';
import { DataTable, oneLine } from '../shared/DataTable';
import { DocsButton } from '../shared/DocsButton';
import { formatDate } from '../shared/format';
import { formatVotes } from './format';
import { ChangelogEntryLinks } from './ChangelogEntryLinks';
import { ItemStateChip } from './ItemStateChip';
import { useRoadmapLinks } from '../shared/links';
import { ListFilterBar, RefOption } from './ListFilterBar';
import { NoRoadmapItems } from './NoRoadmapItems';
import {
  ListFilters,
  listQuery,
  ListView,
  PAGE_SIZE,
  useListFilters,
} from './roadmapParams';
import { RiceScore } from './RiceScore';
import { RoadmapVoteButton } from './RoadmapVoteButton';
import { ToolChips } from './ToolChips';
import { useTools } from '../../hooks/useTools';
import { useTeams } from '../../hooks/useTeams';

const noFilters = {
  lane: undefined,
  toolRef: undefined,
  ownerRef: undefined,
  requestingTeamRef: undefined,
};

const isFiltered = (filters: ListFilters) =>
  !!(
    filters.lane ||
    filters.toolRef ||
    filters.ownerRef ||
    filters.requestingTeamRef
  );

/**
 * Why a list is empty: its filters match nothing (offering to clear them), or nothing is on
 * the roadmap, shipped or killed yet (saying how items get there).
 */
function ListEmptyState(props: {
  view: ListView;
  filtered: boolean;
  onClear: () => void;
}) {
  const { view } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (props.filtered) {
    return (
      <EmptyState
        missing="data"
        title={t('roadmap.empty.noMatch.title')}
        description={t('roadmap.empty.noMatch.description')}
        action={
          <Button variant="outlined" color="primary" onClick={props.onClear}>
            {t('roadmap.empty.noMatch.clear')}
          </Button>
        }
      />
    );
  }
  if (view === 'list') {
    return <NoRoadmapItems />;
  }
  return (
    <EmptyState
      missing="content"
      title={t(`roadmap.empty.${view}.title`)}
      description={t(`roadmap.empty.${view}.description`)}
      action={<DocsButton page="roadmap" anchor="moving-shipping-killing" />}
    />
  );
}

const noItems: RoadmapItem[] = [];

/** The reader's vote on an item and its count; a vote changes the cell, not the table. */
function VotesCell(props: { item: RoadmapItem; canVote: boolean }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [item, setItem] = useOwnVote(props.item);
  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      <RoadmapVoteButton
        item={item}
        disabled={!props.canVote}
        onVoted={setItem}
      />
      <Typography variant="body2" color="textSecondary" component="span">
        {formatVotes(t, item)}
      </Typography>
    </Box>
  );
}

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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useRoadmapLinks();
  const { allowed: canVote } = usePermission({
    permission: roadmapVotePermission,
  });
  const [filters, setFilters] = useListFilters(view);
  const { tools, toolTitles } = useTools();
  const teams = useTeams();
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listRoadmapItems(listQuery(view, filters)),
    [api, view, filters],
  );
  useLiveUpdates('roadmap', retry);
  const items = value?.items ?? noItems;

  const columns = useMemo((): TableColumn<RoadmapItem>[] => {
    const title: TableColumn<RoadmapItem> = {
      title: t('roadmap.fields.title'),
      highlight: true,
      width: '30%',
      render: item => (
        <>
          <Link to={links.item(item.id)}>{item.title}</Link>
          {item.earlyAccess && (
            <Box component="span" ml={1}>
              <Chip
                size="small"
                color="secondary"
                label={t('roadmap.generic.earlyAccess')}
              />
            </Box>
          )}
          {item.killReason && (
            <Typography variant="body2">
              {t('roadmap.generic.killedBecause', { reason: item.killReason })}
            </Typography>
          )}
        </>
      ),
    };
    const common: TableColumn<RoadmapItem>[] = [
      {
        title: t('roadmap.fields.owner'),
        render: item => <EntityRefLink entityRef={item.ownerRef} hideIcon />,
      },
      {
        title: t('roadmap.fields.tools'),
        render: item => (
          <ToolChips toolRefs={item.toolRefs} toolTitles={toolTitles} />
        ),
      },
      {
        title: t('roadmap.fields.rice'),
        ...oneLine(),
        render: item => <RiceScore item={item} />,
      },
    ];
    if (view === 'shipped') {
      return [
        title,
        {
          title: t('roadmap.fields.shipped'),
          ...oneLine(),
          render: item => item.shippedAt && formatDate(item.shippedAt),
        },
        {
          title: t('roadmap.fields.changelog'),
          render: item => <ChangelogEntryLinks item={item} gap={8} />,
        },
        ...common,
        {
          title: t('roadmap.fields.votes'),
          ...oneLine(),
          render: item => formatVotes(t, item),
        },
      ];
    }
    if (view === 'killed') {
      return [
        title,
        {
          title: t('roadmap.fields.killed'),
          ...oneLine(),
          render: item => item.killedAt && formatDate(item.killedAt),
        },
        ...common,
        {
          title: t('roadmap.fields.votes'),
          ...oneLine(),
          render: item => formatVotes(t, item),
        },
      ];
    }
    return [
      title,
      {
        title: t('roadmap.fields.lane'),
        ...oneLine(),
        render: item => <ItemStateChip item={item} />,
      },
      ...common,
      {
        title: t('roadmap.fields.votes'),
        ...oneLine(),
        render: item => <VotesCell item={item} canVote={canVote} />,
      },
    ];
  }, [view, links, toolTitles, canVote, t]);

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
        <DataTable<RoadmapItem>
          columns={columns}
          data={items}
          isLoading={loading}
          page={filters.page}
          totalCount={value?.totalCount ?? 0}
          localization={
            value?.moreThanTotal
              ? {
                  pagination: {
                    labelDisplayedRows: t('roadmap.list.moreThanTotal'),
                  },
                }
              : undefined
          }
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
            <ListEmptyState
              view={view}
              filtered={isFiltered(filters)}
              onClear={() => setFilters(noFilters)}
            />
          }
        />
      )}
    </>
  );
}
