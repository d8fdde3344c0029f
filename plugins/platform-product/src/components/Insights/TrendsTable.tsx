import { TableColumn } from '@backstage/core-components';
import { ToolSnapshot } from 'backstage-plugin-platform-product-common';
import { formatDay } from '../Roadmap/format';
import { formatPercent } from '../Surveys/format';
import { HiddenFigure } from '../shared/HiddenFigure';
import { CardTable } from './CardTable';
import { CsvCell } from './csv';
import { formatAverage } from './format';

interface Row extends ToolSnapshot {
  title: string;
}

const HEADER = [
  'Day',
  'Tool',
  'Adoption',
  'Adopting teams',
  'Ratings',
  'Average rating',
];
const RATINGS = HEADER.indexOf('Ratings');

/**
 * A row's cells as shown; `null` where there is no value (shown as a dash). While fewer than
 * `minGroupSize` people had rated the tool, the server sends no rating figures that day.
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
  const { minGroupSize } = props;
  const columns: TableColumn<Row>[] = HEADER.map((title, index) => ({
    title,
    render: row => {
      if (index === RATINGS && row.ratingCount === null) {
        return (
          <HiddenFigure
            minGroupSize={minGroupSize}
            text={`fewer than ${minGroupSize}`}
          />
        );
      }
      return cells(row, minGroupSize)[index] ?? '—';
    },
  }));
  return (
    <CardTable<Row>
      name="Trend figures"
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
