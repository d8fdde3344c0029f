import { useMemo } from 'react';
import {
  Link,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Typography } from '@material-ui/core';
import { RoadmapPriority } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef, Translate } from '../../translation';
import { DownloadCsvButton } from '../shared/DownloadCsvButton';
import { DataTable, oneLine } from '../shared/DataTable';
import { formatScore } from './format';
import { LaneTitles, useLaneTitles } from '../shared/laneTitles';
import { useRoadmapLinks } from '../shared/links';

type Row = RoadmapPriority & { id: number };

function priorityColumns(
  t: Translate,
  itemLink: (id: number) => string,
  laneTitles: LaneTitles,
): TableColumn<Row>[] {
  const number = (
    title: string,
    field: string,
    value: (row: Row) => number,
    render?: (row: Row) => string,
  ): TableColumn<Row> => ({
    title,
    field,
    type: 'numeric',
    customSort: (a, b) => value(a) - value(b),
    render: row => render?.(row) ?? String(value(row)),
    ...oneLine(),
  });
  const c = 'roadmap.priorities.columns' as const;
  return [
    {
      title: t(`${c}.title`),
      field: 'item.title',
      render: row => <Link to={itemLink(row.item.id)}>{row.item.title}</Link>,
    },
    {
      title: t(`${c}.lane`),
      field: 'item.lane',
      render: row => laneTitles[row.item.lane],
      ...oneLine(),
    },
    number(
      t(`${c}.rice`),
      'item.riceScore',
      row => row.item.riceScore,
      row => formatScore(row.item.riceScore),
    ),
    number(t(`${c}.votes`), 'item.voteCount', row => row.item.voteCount),
    number(t(`${c}.people`), 'evidence.people', row => row.evidence.people),
    number(t(`${c}.teams`), 'evidence.teams', row => row.evidence.teams),
    number(t(`${c}.kinds`), 'evidence.kinds', row => row.evidence.kinds),
    number(t(`${c}.riceRank`), 'riceRank', row => row.riceRank),
    number(t(`${c}.voteRank`), 'voteRank', row => row.voteRank),
    number(
      t(`${c}.gap`),
      'rankGap',
      row => row.rankGap,
      row => (row.rankGap > 0 ? `+${row.rankGap}` : String(row.rankGap)),
    ),
  ];
}

/** The CSV of the view: one row per item, raw values (scores unrounded). */
function priorityCsv(rows: RoadmapPriority[]) {
  return [
    [
      'id',
      'title',
      'lane',
      'rice_score',
      'votes',
      'evidence_people',
      'evidence_teams',
      'evidence_kinds',
      'evidence_links',
      'rice_rank',
      'vote_rank',
      'rank_gap',
    ],
    ...rows.map(row => [
      row.item.id,
      row.item.title,
      row.item.lane,
      row.item.riceScore,
      row.item.voteCount,
      row.evidence.people,
      row.evidence.teams,
      row.evidence.kinds,
      row.evidence.links,
      row.riceRank,
      row.voteRank,
      row.rankGap,
    ]),
  ];
}

/**
 * The prioritisation view (`?view=priorities`, maintainers): active items of Now, Next and
 * Later with RICE, votes and evidence, and how far their RICE rank is from their vote rank;
 * sortable by every column, with a CSV of the raw values.
 */
export function RoadmapPrioritiesView() {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useRoadmapLinks();
  const { value, loading, error } = useAsync(
    () => api.getRoadmapPriorities(),
    [api],
  );
  const laneTitles = useLaneTitles();
  const columns = useMemo(
    () => priorityColumns(t, links.item, laneTitles),
    [t, links, laneTitles],
  );
  const data = useMemo(
    () => (value?.items ?? []).map(row => ({ ...row, id: row.item.id })),
    [value],
  );
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  return (
    <>
      <Box
        display="flex"
        justifyContent="space-between"
        alignItems="center"
        mb={2}
      >
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.priorities.description')}{' '}
          {t('roadmap.priorities.gapHelp')}
        </Typography>
        <DownloadCsvButton
          table="roadmap-priorities"
          rows={() => priorityCsv(value?.items ?? [])}
          disabled={!value?.items.length}
        />
      </Box>
      {value?.truncated && (
        <Typography variant="body2" paragraph>
          {t('roadmap.priorities.truncated', {
            number: String(value.itemsPerLane),
          })}
        </Typography>
      )}
      <DataTable<Row>
        title={t('roadmap.priorities.title')}
        columns={columns}
        data={data}
        isLoading={loading}
        options={{
          search: false,
          paging: false,
          sorting: true,
          toolbar: false,
        }}
        emptyContent={
          <Box p={2}>
            <Typography>{t('roadmap.priorities.empty')}</Typography>
          </Box>
        }
      />
    </>
  );
}
