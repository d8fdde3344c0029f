import { ReactElement } from 'react';
import { Table, TableColumn } from '@backstage/core-components';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DataTable } from './DataTable';

type Row = { id: number; name: string };
const columns: TableColumn<Row>[] = [{ title: 'Name', render: r => r.name }];
const materialTableWarning = /material table are static|without id/;

/** What material-table warns about (it warns in development builds only) while `renders` run. */
async function warningsOf(first: ReactElement, ...next: ReactElement[]) {
  const env = process.env.NODE_ENV;
  const warn = jest.spyOn(console, 'warn');
  process.env.NODE_ENV = 'development';
  try {
    const { rerender } = await renderInTestApp(first);
    next.forEach(element => rerender(element));
  } finally {
    process.env.NODE_ENV = env;
  }
  const warnings = warn.mock.calls
    .map(call => String(call[0]))
    .filter(message => materialTableWarning.test(message));
  warn.mockRestore();
  return warnings;
}

describe('DataTable', () => {
  it('shows new rows and new columns without material-table warnings', async () => {
    const renamed: TableColumn<Row>[] = [
      { title: 'Name', render: r => `${r.name}!` },
    ];
    expect(
      await warningsOf(
        <DataTable<Row> columns={columns} data={[]} />,
        <DataTable<Row> columns={columns} data={[{ id: 1, name: 'a' }]} />,
        <DataTable<Row> columns={renamed} data={[{ id: 1, name: 'b' }]} />,
      ),
    ).toEqual([]);
    expect(screen.getByText('b!')).toBeInTheDocument();
  });

  it('is needed: Backstage’s Table warns on its first update', async () => {
    expect(
      await warningsOf(
        <Table<Row> columns={columns} data={[]} />,
        <Table<Row> columns={columns} data={[{ id: 1, name: 'a' }]} />,
      ),
    ).toEqual([expect.stringMatching(/static/)]);
  });
});
