import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  championsActivityPermission,
  championsKudosPermission,
  championsNominatePermission,
} from 'backstage-plugin-platform-product-common';
import {
  allow,
  champion,
  coverage,
  nomination,
  renderChampions,
  stubResizeObserver,
  viewer,
} from './__testUtils__/fixtures';
import { ChampionsTab } from './ChampionsTab';
import { pageOf } from '../../__testUtils__/pageOf';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const developer = [
  championsNominatePermission,
  championsKudosPermission,
  championsActivityPermission,
];

describe('ChampionsTab', () => {
  beforeAll(stubResizeObserver);

  it('nominates someone for an uncovered team, then reloads coverage and nominations', async () => {
    allow(...developer);
    const getChampionCoverage = jest.fn(async () => coverage);
    const getNominations = jest.fn(async () => pageOf([]));
    const nominateChampion = jest.fn(async () => nomination());
    await renderChampions(<ChampionsTab />, {
      getChampionCoverage,
      getNominations,
      nominateChampion,
    });

    const uncovered = await screen.findByRole('list', {
      name: 'Teams without a champion (2)',
    });
    await userEvent.click(
      within(uncovered).getAllByRole('button', { name: 'Nominate someone' })[0],
    );
    const dialog = screen.getByRole('dialog', { name: 'Nominate a champion' });
    await within(dialog).findByRole('option', { name: 'Checkout' });
    expect(within(dialog).getByLabelText(/^Team/)).toHaveDisplayValue(
      'Checkout',
    );
    await userEvent.type(within(dialog).getByLabelText(/^Reason/), 'Keen');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Nominate' }),
    );

    expect(nominateChampion).toHaveBeenCalledWith({
      nomineeRef: viewer.userRef,
      teamRef: 'group:default/checkout',
      reason: 'Keen',
      focusAreas: [],
    });
    await waitFor(() => expect(getNominations).toHaveBeenCalledTimes(2));
    expect(getChampionCoverage).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers nominating, and logging activities to active champions only', async () => {
    allow(...developer);
    await renderChampions(<ChampionsTab />, {
      getMyChampionStatus: async () => ({
        userRef: viewer.userRef,
        championships: [champion({ userRef: viewer.userRef })],
        earlyAccess: true,
      }),
    });
    expect(
      await screen.findByRole('button', { name: 'Log activity' }),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Nominate a champion' }),
    );
    expect(
      screen.getByRole('dialog', { name: 'Nominate a champion' }),
    ).toBeInTheDocument();
  });

  it('shows people without permissions the program, without its actions', async () => {
    allow();
    await renderChampions(<ChampionsTab />);
    expect(await screen.findByLabelText('Coverage')).toHaveTextContent(
      '9 of 13 teams have a champion (69 %)',
    );
    expect(
      await screen.findByText('No active champions yet.'),
    ).toBeInTheDocument();
    for (const name of [
      'Nominate a champion',
      'Nominate someone',
      'Give kudos',
      'Log activity',
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });
});
