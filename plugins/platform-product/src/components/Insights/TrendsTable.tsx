import { TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ToolSnapshot } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDay } from '../Roadmap/format';
import { formatPercent } from '../Surveys/format';
import { HiddenFigure } from '../shared/HiddenFigure';
import { CardTable } from './CardTable';
import { CsvCell } from './csv';
import { formatAverage } from './format';

interface Row extends ToolSnapshot {
  title: string;
}

/** The CSV's header row (in English: CSV columns are data, not UI). */
const HEADER = [
  'Day',
  'Tool',
  'Adoption',
  'Adopting teams',
  'Ratings',
  'Average rating',
];
/** The table's column titles, in the order of `HEADER`. */
const COLUMNS = [
  'insights.fields.day',
  'insights.fields.tool',
  'insights.fields.adoption',
  'insights.fields.adoptingTeams',
  'insights.fields.ratings',
  'insights.fields.averageRating',
] as const;
const RATINGS = COLUMNS.indexOf('insights.fields.ratings');

/**
 * A row's cells, for the table and the CSV; `null` where there is no value (a dash in the
 * table). While fewer than `minGroupSize` people had rated the tool, the server sends no rating
 * figures that day: the CSV says "fewer than 5", the table shows a hidden figure instead.
 */
const cells = (row: Row, minGroupSize: number): (string | number | null)[] => [
  formatDay(row.day),
  row.title,
  formatPercent(row.adoptionRate),
  row.adoptingTeams,
  row.ratingCount ?? `fewer than ${minGroupSize}`,
  row.ratingAverage === null ? null : formatAverage(row.ratingAverage),
];

/** The trend figures as rows (newest day first), with each tool's title. */
export function trendRows(
  snapshots: ToolSnapshot[],
  titleOf: (toolRef: string) => string,
): Row[] {
  return snapshots
    .map(snapshot => ({ ...snapshot, title: titleOf(snapshot.toolRef) }))
    .sort(
      (a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title),
    );
}

/** The trend figures as CSV rows, header first. */
export const trendsCsv = (rows: Row[], minGroupSize: number): CsvCell[][] => [
  HEADER,
  ...rows.map(row => cells(row, minGroupSize)),
];

/** The trend charts' numbers: one row per tool and day. */
export function TrendsTable(props: { rows: Row[]; minGroupSize: number }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { minGroupSize } = props;
  const columns: TableColumn<Row>[] = COLUMNS.map((title, index) => ({
    title: t(title),
    render: row => {
      if (index === RATINGS && row.ratingCount === null) {
        return (
          <HiddenFigure
            minGroupSize={minGroupSize}
            text={t('insights.trends.fewerThan', {
              minGroupSize: String(minGroupSize),
            })}
          />
        );
      }
      return cells(row, minGroupSize)[index] ?? '—';
    },
  }));
  return (
    <CardTable<Row>
      name={t('insights.trends.table')}
      options={{
        sorting: false,
        paging: true,
        pageSize: 10,
        pageSizeOptions: [10, 50, 100],
        emptyRowsWhenPaging: false,
        padding: 'dense',
      }}
      columns={columns}
      data={props.rows}
    />
  );
}
