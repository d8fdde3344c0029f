import { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DownloadCsvButton } from '../shared/DownloadCsvButton';
import { useChartTheme } from './useChartTheme';
import { SectionCard } from './SectionCard';

/** A period (quarter, week) with its counts, keyed by series. */
export interface CountRow {
  period: string;
  counts: Record<string, number>;
}

/**
 * Counts per period as a bar chart (one bar per series) and, under it, the same numbers as a
 * small table with "Download CSV"; `empty` without any period.
 */
export function CountsCard(props: {
  title: string;
  subheader: string;
  /** Header of the period column, e.g. "Quarter". */
  periodTitle: string;
  formatPeriod?: (period: string) => string;
  series: { key: string; title: string }[];
  /** A period's counts in words, for screen readers: "4 shipped, 2 killed". */
  describeCounts: (counts: Record<string, number>) => string;
  /** The CSV's header row, period first (in English: CSV columns are data, not UI). */
  csvHeader: string[];
  rows: CountRow[];
  /** The table, in the CSV's file name. */
  table: string;
  empty: ReactNode;
}) {
  const { title, periodTitle, series, rows, describeCounts } = props;
  const formatPeriod = props.formatPeriod ?? ((period: string) => period);
  const { axis, grid, tooltip, legend, series: colors } = useChartTheme();
  const csv = () => [
    props.csvHeader,
    ...rows.map(row => [row.period, ...series.map(s => row.counts[s.key])]),
  ];
  const summary = rows
    .map(row => `${formatPeriod(row.period)}: ${describeCounts(row.counts)}`)
    .join('; ');
  const points = rows.map(row => ({ period: row.period, ...row.counts }));

  return (
    <SectionCard
      title={title}
      subheader={props.subheader}
      action={
        <DownloadCsvButton
          table={props.table}
          rows={csv}
          disabled={!rows.length}
        />
      }
    >
      {rows.length ? (
        <>
          <div role="img" aria-label={`${title}: ${summary}`}>
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={points} margin={{ top: 16, right: 24, left: 0 }}>
                <CartesianGrid {...grid} />
                <XAxis
                  dataKey="period"
                  tickFormatter={formatPeriod}
                  {...axis}
                />
                <YAxis allowDecimals={false} {...axis} />
                <Tooltip labelFormatter={formatPeriod} {...tooltip} />
                <Legend {...legend} />
                {series.map((s, index) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.title}
                    fill={colors[index % colors.length]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{periodTitle}</TableCell>
                {series.map(s => (
                  <TableCell key={s.key} align="right">
                    {s.title}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(row => (
                <TableRow key={row.period}>
                  <TableCell>{formatPeriod(row.period)}</TableCell>
                  {series.map(s => (
                    <TableCell key={s.key} align="right">
                      {row.counts[s.key]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : (
        props.empty
      )}
    </SectionCard>
  );
}
