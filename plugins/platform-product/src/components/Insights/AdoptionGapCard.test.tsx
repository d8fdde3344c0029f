import { screen, within } from '@testing-library/react';
import { AdoptionGapCard } from './AdoptionGapCard';
import { insights, renderInsights } from './__testUtils__/fixtures';

describe('AdoptionGapCard', () => {
  it('lists, per tool with a gap, the teams declaring it without use and those using it undeclared', async () => {
    await renderInsights(<AdoptionGapCard insights={insights} />);
    const table = screen.getByRole('table', {
      name: 'Declared vs active adoption',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    // Only CI Pipelines and Secrets Vault have a gap; by title.
    expect(rows.map(row => row.textContent)).toEqual([
      'CI Pipelinesmobile-iosnone',
      'Secrets Vaultnonestorefront',
    ]);
    expect(
      within(rows[0]).getByRole('link', { name: 'mobile-ios' }),
    ).toHaveAttribute('href', '/catalog/default/group/mobile-ios');
    expect(
      screen.getByText(/did not use it in the last 28 days \(shelfware risk\)/),
    ).toBeInTheDocument();
  });

  it('says when declared and active adoption agree everywhere', async () => {
    await renderInsights(
      <AdoptionGapCard
        insights={{
          ...insights,
          tools: insights.tools.map(tool => ({
            ...tool,
            gap: { declaredInactive: [], activeUndeclared: [] },
          })),
        }}
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(
      screen.getByText(/^No gap: every team that declares a tool used it/),
    ).toBeInTheDocument();
  });
});
