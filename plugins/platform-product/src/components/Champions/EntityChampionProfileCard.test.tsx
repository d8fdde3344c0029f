import { EntityProvider } from '@backstage/plugin-catalog-react';
import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  ChampionProfile,
  championsKudosPermission,
} from 'backstage-plugin-platform-product-common';
import {
  allow,
  champion,
  kudos,
  renderChampions,
  viewer,
} from './__testUtils__/fixtures';
import { EntityChampionProfileCard } from './EntityChampionProfileCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const person = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [] },
});

const profile: ChampionProfile = {
  userRef: 'user:default/jane.doe',
  championships: [
    champion(),
    champion({
      id: 2,
      teamRef: 'group:default/platform',
      status: 'alumni',
      focusAreas: [],
      since: '2025-03-01T09:00:00Z',
      endedAt: '2025-12-01T09:00:00Z',
    }),
  ],
  recentKudos: [kudos()],
  kudosCount: 12,
  activityCount: 1,
};

async function renderCard(
  name: string,
  getChampionProfile: jest.Mock,
  api: Parameters<typeof renderChampions>[1] = {},
) {
  return renderChampions(
    <EntityProvider entity={person(name)}>
      <EntityChampionProfileCard />
    </EntityProvider>,
    { getChampionProfile, ...api },
  );
}

describe('EntityChampionProfileCard', () => {
  it('shows the championships, kudos and activities of a champion, and thanks them', async () => {
    allow(championsKudosPermission);
    const getChampionProfile = jest.fn(async () => profile);
    const giveKudos = jest.fn(async () => kudos());
    await renderCard('jane.doe', getChampionProfile, { giveKudos });

    expect(
      await screen.findByText('12 kudos · 1 activity logged'),
    ).toBeInTheDocument();
    expect(getChampionProfile).toHaveBeenCalledWith('user:default/jane.doe');
    const championships = within(
      screen.getByRole('list', { name: 'Championships' }),
    ).getAllByRole('listitem');
    expect(championships[0]).toHaveTextContent(
      /search.*Since Jan 15, 2026.*CI.*Observability/,
    );
    expect(championships[1]).toHaveTextContent(
      /platform.*Alumni · Mar 1, 2025 – Dec 1, 2025/,
    );
    expect(
      within(screen.getByRole('list', { name: 'Recent kudos' })).getByRole(
        'listitem',
      ),
    ).toHaveTextContent(
      /Thanks for the tracing demo!omar\.haddad · 2 days ago/,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Give kudos' }));
    const dialog = screen.getByRole('dialog', { name: 'Give kudos' });
    expect(within(dialog).getByLabelText(/^Champion/)).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText(/^Message/), 'Thanks!');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Send kudos' }),
    );
    expect(giveKudos).toHaveBeenCalledWith('user:default/jane.doe', 'Thanks!');
    await waitFor(() => expect(getChampionProfile).toHaveBeenCalledTimes(2));
  });

  it('offers no kudos to alumni, nor to yourself', async () => {
    allow(championsKudosPermission);
    await renderCard(
      'ana.lima',
      jest.fn(async () => ({
        ...profile,
        userRef: viewer.userRef,
        championships: [champion({ userRef: viewer.userRef })],
      })),
    );
    expect(
      await screen.findByRole('list', { name: 'Championships' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Give kudos' }),
    ).not.toBeInTheDocument();
  });

  it('renders nothing for people who never were a champion', async () => {
    allow(championsKudosPermission);
    const getChampionProfile = jest.fn(async () => ({
      userRef: 'user:default/li.wei',
      championships: [],
      recentKudos: [],
      kudosCount: 0,
      activityCount: 0,
    }));
    const { container } = await renderCard('li.wei', getChampionProfile);
    await act(() => getChampionProfile.mock.results[0].value);
    expect(container).toBeEmptyDOMElement();
  });
});
