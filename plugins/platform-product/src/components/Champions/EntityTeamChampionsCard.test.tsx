import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { championsNominatePermission } from 'backstage-plugin-platform-product-common';
import {
  allow,
  champion,
  championsDocs,
  docsLink,
  nomination,
  renderChampions,
} from './__testUtils__/fixtures';
import { EntityTeamChampionsCard } from './EntityTeamChampionsCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const team = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'search', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

async function renderCard(api: Parameters<typeof renderChampions>[1]) {
  await renderChampions(
    <EntityProvider entity={team}>
      <EntityTeamChampionsCard />
    </EntityProvider>,
    api,
  );
}

describe('EntityTeamChampionsCard', () => {
  it('lists the active champions of the team', async () => {
    allow(championsNominatePermission);
    const getChampions = jest.fn(async () => ({
      items: [champion()],
      totalCount: 1,
    }));
    await renderCard({ getChampions });

    const champions = await screen.findByRole('list', {
      name: 'Champions of this team',
    });
    expect(getChampions).toHaveBeenCalledWith({
      teamRef: 'group:default/search',
      status: 'active',
      limit: 20,
    });
    expect(within(champions).getByRole('listitem')).toHaveTextContent(
      /jane\.doe.*Since Jan 15, 2026.*CI.*Observability/,
    );
    expect(
      screen.queryByRole('button', { name: 'Nominate someone' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /See all champions/ }),
    ).toHaveAttribute('href', '/platform-product/champions');
  });

  it('calls for a nomination when the team has no champion', async () => {
    allow(championsNominatePermission);
    const nominateChampion = jest.fn(async () => nomination());
    await renderCard({ nominateChampion });

    expect(
      await screen.findByText('This team has no champion — nominate someone'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Nominate someone' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Nominate a champion' });
    await within(dialog).findByRole('option', { name: 'Search' });
    expect(within(dialog).getByLabelText(/^Team/)).toHaveDisplayValue('Search');
    await userEvent.type(within(dialog).getByLabelText(/^Reason/), 'Me!');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Nominate' }),
    );

    expect(nominateChampion).toHaveBeenCalledWith(
      expect.objectContaining({
        teamRef: 'group:default/search',
        nomineeRef: 'user:default/ana.lima',
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('only explains the lack of a champion to people who may not nominate', async () => {
    allow();
    await renderCard({});
    expect(
      await screen.findByText('This team has no champion — nominate someone'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'A member of the team nominates themselves or a teammate; a platform maintainer approves the nomination.',
      ),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute('href', championsDocs('nominations'));
    expect(
      screen.queryByRole('button', { name: 'Nominate someone' }),
    ).not.toBeInTheDocument();
  });
});
