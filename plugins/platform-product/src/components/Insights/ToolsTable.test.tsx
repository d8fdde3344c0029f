import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { usePermission } from '@backstage/plugin-permission-react';
import { docsUrl } from '../shared/docsUrl';
import {
  captureDownloads,
  docsLinks,
  insights,
  parseCsv,
  renderInsights,
} from './__testUtils__/fixtures';
import { ToolsTable } from './ToolsTable';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

beforeEach(() => {
  jest
    .mocked(usePermission)
    .mockReturnValue({ loading: false, allowed: false });
});

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Tools' }))
    .getAllByRole('row')
    .slice(1);

const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);

describe('ToolsTable', () => {
  it('shows each tool’s figures, most adopted first, and flags captive audiences', async () => {
    await renderInsights(
      <ToolsTable insights={insights} onChanged={jest.fn()} />,
    );

    const rows = bodyRows();
    expect(rows.map(row => cellTexts(row)[0])).toEqual([
      'CI Pipelines',
      'Deployer, legacyMandatedCaptive audience — investigate',
      'Service TemplatesMandated',
      'Secrets Vault',
    ]);
    const ci = cellTexts(rows[0]);
    expect(ci.slice(1, 7)).toEqual([
      '92 % · 12 of 13',
      '85 % · 11 of 13',
      '4.2 ★ (31)',
      '35 n = 20',
      '3',
      '1',
    ]);
    expect(ci[7]).toMatch(/2026/);
    // Not a maintainer: no switch to mark tools mandated.
    expect(ci).toHaveLength(8);
    expect(cellTexts(rows[3]).slice(1, 8)).toEqual([
      '8 % · 1 of 13',
      '15 % · 2 of 13',
      'Too few ratings to show',
      '—',
      '1',
      '2',
      '—',
    ]);
  });

  it('says a rating is hidden while fewer than the minimum group size rated the tool', async () => {
    await renderInsights(
      <ToolsTable insights={insights} onChanged={jest.fn()} />,
    );
    const templates = bodyRows()[2];
    const rating = within(templates).getAllByRole('cell')[3];
    expect(rating).toHaveTextContent(/^Too few ratings to show$/);
    expect(within(rating).queryByRole('link')).toBeNull();
    expect(within(rating).getByText('Too few ratings to show')).toHaveAttribute(
      'title',
      'Figures about fewer than 5 people are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer than 5 anonymous ratings or answers among named ones.',
    );
    expect(
      screen.getByText(/ratings \(shown from 5 ratings on\)/),
    ).toBeInTheDocument();
  });

  it('links each figure to the list behind it', async () => {
    await renderInsights(
      <ToolsTable insights={insights} onChanged={jest.fn()} />,
    );
    const ci = within(bodyRows()[0]);
    const ref = encodeURIComponent('component:default/ci-pipelines');

    expect(ci.getByRole('link', { name: 'CI Pipelines' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ci-pipelines',
    );
    expect(ci.getByRole('link', { name: '4.2 ★ (31)' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ci-pipelines',
    );
    expect(ci.getByRole('link', { name: '35' })).toHaveAttribute(
      'href',
      '/platform-product/feedback/surveys/7',
    );
    expect(ci.getByRole('link', { name: '3' })).toHaveAttribute(
      'href',
      `/platform-product/feedback?toolRef=${ref}`,
    );
    expect(ci.getByRole('link', { name: '1' })).toHaveAttribute(
      'href',
      `/platform-product/roadmap?view=list&lane=now&toolRef=${ref}`,
    );
    expect(ci.getByRole('link', { name: /2026/ })).toHaveAttribute(
      'href',
      `/platform-product/changelog?toolRef=${ref}`,
    );
  });

  it('explains why no tool is adopted: no relations, or no teams at all', async () => {
    const adoptedBy = (adoptingTeams: number, eligibleTeams: number) => ({
      ...insights,
      tools: insights.tools.map(tool => ({
        ...tool,
        adoption: { adoptingTeams, eligibleTeams, rate: 0 },
      })),
    });
    const { unmount } = await renderInsights(
      <ToolsTable insights={adoptedBy(0, 13)} onChanged={jest.fn()} />,
    );
    expect(
      screen.getByText(/^No team adopts a platform tool yet: .*\(dependsOn\)/),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'no-adoption')]);
    unmount();

    await renderInsights(
      <ToolsTable insights={adoptedBy(0, 0)} onChanged={jest.fn()} />,
    );
    expect(
      screen.getByText(/^No eligible teams, so no tool can be adopted/),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'no-teams')]);
  });

  it('says nothing about adoption once a tool is adopted', async () => {
    await renderInsights(
      <ToolsTable insights={insights} onChanged={jest.fn()} />,
    );
    expect(screen.queryByRole('button', { name: /Read the docs/ })).toBeNull();
  });

  it('downloads exactly the table’s rows and figures as CSV', async () => {
    const downloads = captureDownloads();
    await renderInsights(
      <ToolsTable insights={insights} onChanged={jest.fn()} />,
    );

    await userEvent.click(
      within(screen.getByRole('region', { name: 'Tools' })).getByRole(
        'button',
        { name: 'Download CSV' },
      ),
    );

    await waitFor(() => expect(downloads.files).toHaveLength(1));
    expect(downloads.files[0].fileName).toMatch(
      /^platform-tools-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const [header, ...csvRows] = parseCsv(await downloads.files[0].text);
    downloads.restore();
    expect(header).toEqual([
      'Tool',
      'Declared adoption',
      'Adopting teams',
      'Eligible teams',
      'Active adoption',
      'Active teams',
      'Declared but inactive',
      'Active but undeclared',
      'Mandated',
      'Average rating',
      'Ratings',
      'NPS',
      'NPS responses',
      'Open feedback',
      'In Now',
      'Last change',
      'Flag',
    ]);
    // Raw values, in the table's order: rates as fractions, ISO dates, hidden figures empty.
    expect(csvRows.map(row => row[0])).toEqual(
      bodyRows().map(row =>
        within(row)
          .getAllByRole('cell')[0]
          .textContent!.replace(/(Mandated|Captive).*/, ''),
      ),
    );
    expect(csvRows[0]).toEqual([
      'CI Pipelines',
      String(12 / 13),
      '12',
      '13',
      String(11 / 13),
      '11',
      'group:default/mobile-ios',
      '',
      '',
      '4.23',
      '31',
      '35',
      '20',
      '3',
      '1',
      '2026-03-12T10:00:00Z',
      '',
    ]);
    expect(csvRows[1]).toEqual([
      'Deployer, legacy',
      String(10 / 13),
      '10',
      '13',
      String(10 / 13),
      '10',
      '',
      '',
      'maintainer',
      '2.36',
      '12',
      '-20',
      '15',
      '5',
      '0',
      '2025-11-02T10:00:00Z',
      'Captive audience — investigate',
    ]);
    expect(csvRows[2].slice(0, 13)).toEqual([
      'Service Templates',
      String(9 / 13),
      '9',
      '13',
      String(9 / 13),
      '9',
      '',
      '',
      'config',
      '',
      '',
      '',
      '',
    ]);
    expect(csvRows).toHaveLength(4);
  });

  it('shows why a tool is mandated, and lets a maintainer mark one', async () => {
    jest
      .mocked(usePermission)
      .mockReturnValue({ loading: false, allowed: true });
    const setToolMandated = jest.fn(async (toolRef: string) => ({
      toolRef,
      mandated: null,
    }));
    const onChanged = jest.fn();
    await renderInsights(
      <ToolsTable insights={insights} onChanged={onChanged} />,
      { setToolMandated },
    );
    expect(
      screen.getByLabelText(
        /^Mandated: Mandated by configuration \(platformProduct\.tools\.mandated\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText(
        /^Mandated: Marked mandated by sven\.eriksen on Dec 1, 2026/,
      ),
    ).toBeInTheDocument();
    // Mandated by configuration: not switched off here.
    expect(
      screen.getByRole('checkbox', { name: 'Service Templates is mandated' }),
    ).toBeDisabled();
    const deployer = screen.getByRole('checkbox', {
      name: 'Deployer, legacy is mandated',
    });
    expect(deployer).toBeChecked();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'CI Pipelines is mandated' }),
    );
    expect(setToolMandated).toHaveBeenCalledWith(
      'component:default/ci-pipelines',
      true,
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    await userEvent.click(deployer);
    expect(setToolMandated).toHaveBeenLastCalledWith(
      'component:default/legacy-deployer',
      false,
    );
  });
});
