import { useMemo } from 'react';
import { TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ToolSnapshot } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDay, formatPercent } from '../shared/format';
import { oneLine } from '../shared/DataTable';
import { HiddenFigure } from '../shared/HiddenFigure';
import { CardTable } from './CardTable';
import { CsvCell } from '../shared/csv';
import { formatAverage } from './format';

interface Row extends ToolSnapshot {
  id: string;
  title: string;
}

/** The CSV's header row (in English: CSV columns are data, not UI). */
const HEADER = [
  'Day',
  'Tool',
  'Declared adoption',
  'Adopting teams',
  'Active adoption',
  'Active teams',
  'Ratings',
  'Average rating',
];
/** The table's column titles, in the order of `HEADER`. */
const COLUMNS = [
  'insights.fields.day',
  'insights.fields.tool',
  'insights.fields.declaredAdoption',
  'insights.fields.adoptingTeams',
  'insights.fields.activeAdoption',
  'insights.fields.activeTeams',
  'insights.fields.ratings',
  'insights.fields.averageRating',
] as const;
const RATINGS = COLUMNS.indexOf('insights.fields.ratings');

/**
 * A row's raw values, in the order of `HEADER`: the CSV's cells, which the table formats.
 * While fewer than the minimum group size had rated the tool, the server sends no rating
 * figures that day: both are `null` (empty in the CSV, a hidden figure in the table).
 */
const values = (row: Row): (string | number | null)[] => [
  row.day,
  row.title,
  row.adoptionRate,
  row.adoptingTeams,
  row.activeRate,
  row.activeTeams,
  row.ratingCount,
  row.ratingAverage,
];

/** How the table shows the value of each column, in the order of `HEADER`. */
const formats: ((value: any) => string | number)[] = [
  formatDay,
  String,
  formatPercent,
  String,
  formatPercent,
  String,
  String,
  formatAverage,
];

/** The trend figures as rows (newest day first), with each tool's title. */
export function trendRows(
  snapshots: ToolSnapshot[],
  titleOf: (toolRef: string) => string,
): Row[] {
  return snapshots
    .map(snapshot => ({
      ...snapshot,
      id: `${snapshot.day} ${snapshot.toolRef}`,
      title: titleOf(snapshot.toolRef),
    }))
    .sort(
      (a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title),
    );
}

/** The trend figures as CSV rows, header first: raw values (0.92, ISO days). */
export const trendsCsv = (rows: Row[]): CsvCell[][] => [
  HEADER,
  ...rows.map(values),
];

/** The trend charts' numbers: one row per tool and day. */
export function TrendsTable(props: { rows: Row[]; minGroupSize: number }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { minGroupSize } = props;
  const columns = useMemo(
    (): TableColumn<Row>[] =>
      COLUMNS.map((title, index) => ({
        title: t(title),
        ...oneLine(),
        render: row => {
          if (index === RATINGS && row.ratingCount === null) {
            return (
              <HiddenFigure
                minGroupSize={minGroupSize}
                text={t('insights.trends.fewerThan')}
              />
            );
          }
          const value = values(row)[index];
          return value === null ? '—' : formats[index](value);
        },
      })),
    [t, minGroupSize],
  );
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
