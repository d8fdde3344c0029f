import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  championsActivityPermission,
  championsManagePermission,
} from 'backstage-plugin-platform-product-common';
import {
  alertApi,
  allow,
  champion,
  championsDocs,
  docsLink,
  renderChampions,
  rosterApi,
  viewer,
} from './__testUtils__/fixtures';
import { RosterCard } from './RosterCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const mine = champion({
  id: 2,
  userRef: viewer.userRef,
  teamRef: 'group:default/checkout',
  focusAreas: [],
});
const roster = [
  champion(),
  mine,
  champion({
    id: 3,
    userRef: 'user:default/old.timer',
    status: 'alumni',
    endedAt: '2026-03-01T09:00:00Z',
  }),
];

async function renderCard(api: Parameters<typeof renderChampions>[1]) {
  const onChanged = jest.fn();
  await renderChampions(
    <RosterCard version={0} viewerRef={viewer.userRef} onChanged={onChanged} />,
    { getChampions: rosterApi(roster), ...api },
  );
  const rows = within(
    await screen.findByRole('table', { name: 'Active champions' }),
  ).getAllByRole('row');
  return { onChanged, rows };
}

describe('RosterCard', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('lists the active champions and, folded away, the alumni', async () => {
    allow(championsActivityPermission);
    const { rows } = await renderCard({});

    expect(rows[1]).toHaveTextContent(/jane\.doe.*search.*Jan 15, 2026/);
    expect(within(rows[1]).getByText('CI')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Observability')).toBeInTheDocument();
    expect(
      within(rows[1]).getByRole('link', { name: /jane\.doe/ }),
    ).toHaveAttribute('href', '/catalog/default/user/jane.doe');
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(rows[2]).getByRole('button', { name: 'Step down' }),
    ).toBeInTheDocument();

    const alumni = screen.getByRole('button', { name: 'Alumni (1)' });
    expect(alumni).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('old.timer')).not.toBeInTheDocument();
    await userEvent.click(alumni);
    const alumniRows = within(
      screen.getByRole('table', { name: 'Alumni' }),
    ).getAllByRole('row');
    expect(alumniRows[1]).toHaveTextContent(/old\.timer.*Mar 1, 2026/);
  });

  it('explains how champions come when there is none yet', async () => {
    allow();
    await renderChampions(
      <RosterCard
        version={0}
        viewerRef={viewer.userRef}
        onChanged={jest.fn()}
      />,
      { getChampions: rosterApi([]) },
    );
    expect(
      await screen.findByText('No active champions yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /nominated for a team they belong to and a maintainer \(platformProduct\.maintainers\) approves/,
      ),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute('href', championsDocs('nominations'));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lets a champion step down, after confirming', async () => {
    allow(championsActivityPermission);
    const retireChampion = jest.fn(async () => mine);
    const { rows, onChanged } = await renderCard({ retireChampion });

    await userEvent.click(
      within(rows[2]).getByRole('button', { name: 'Step down' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Step down?' });
    expect(dialog).toHaveTextContent('You stop championing checkout');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Step down' }),
    );

    expect(retireChampion).toHaveBeenCalledWith(2);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'You stepped down' }),
    );
  });

  it('lets maintainers move any champion to the alumni', async () => {
    allow(championsManagePermission);
    const retireChampion = jest.fn(async () => champion());
    const { rows, onChanged } = await renderCard({ retireChampion });

    await userEvent.click(
      within(rows[1]).getByRole('button', { name: 'Move to alumni' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Move to alumni?' });
    expect(dialog).toHaveTextContent('jane.doe stops championing search');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Move to alumni' }),
    );

    expect(retireChampion).toHaveBeenCalledWith(1);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('pages the active champions 25 at a time', async () => {
    allow();
    const many = Array.from({ length: 30 }, (_, i) =>
      champion({ id: i + 1, userRef: `user:default/person-${i + 1}` }),
    );
    const getChampions = rosterApi(many);
    const { rows } = await renderCard({ getChampions });

    expect(rows).toHaveLength(26);
    expect(getChampions).toHaveBeenCalledWith({
      status: 'active',
      limit: 25,
      offset: 0,
    });
    expect(screen.getByText('1-25 of 30')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Alumni/ }),
    ).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(screen.getByText('26-30 of 30')).toBeInTheDocument(),
    );
    const next = within(
      screen.getByRole('table', { name: 'Active champions' }),
    ).getAllByRole('row');
    expect(next).toHaveLength(6);
    expect(next[1]).toHaveTextContent('person-26');
    expect(getChampions).toHaveBeenLastCalledWith({
      status: 'active',
      limit: 25,
      offset: 25,
    });
  });
});
