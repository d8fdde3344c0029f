import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { championsKudosPermission } from 'backstage-plugin-platform-product-common';
import {
  alertApi,
  allow,
  champion,
  championsDocs,
  docsLink,
  kudos,
  renderChampions,
  rosterApi,
  viewer,
} from './__testUtils__/fixtures';
import { KudosCard } from './KudosCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const roster = [
  champion(),
  champion({ id: 2, teamRef: 'group:default/platform' }),
  champion({ id: 3, userRef: 'user:default/li.wei' }),
  champion({ id: 4, userRef: viewer.userRef }),
  champion({ id: 5, userRef: 'user:default/old.timer', status: 'alumni' }),
];

describe('KudosCard', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('pages through the feed with "Load more"', async () => {
    allow();
    const getKudos = jest
      .fn()
      .mockResolvedValueOnce({
        items: [kudos()],
        totalCount: 2,
        nextCursor: 'after-1',
      })
      .mockResolvedValueOnce({
        items: [kudos({ id: 7, message: 'Great office hours' })],
        totalCount: 2,
      });
    await renderChampions(<KudosCard />, { getKudos });

    const feed = await screen.findByRole('list', { name: 'Kudos' });
    expect(within(feed).getByRole('listitem')).toHaveTextContent(
      /Thanks for the tracing demo!omar\.haddad → jane\.doe · 2 days ago/,
    );
    expect(getKudos).toHaveBeenCalledWith({ limit: 10, cursor: undefined });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() =>
      expect(within(feed).getAllByRole('listitem')).toHaveLength(2),
    );
    expect(getKudos).toHaveBeenLastCalledWith({ limit: 10, cursor: 'after-1' });
    expect(feed).toHaveTextContent('Great office hours');
    expect(
      screen.queryByRole('button', { name: 'Load more' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Give kudos' }),
    ).not.toBeInTheDocument();
  });

  it('explains who can be thanked when there are no kudos yet', async () => {
    allow();
    await renderChampions(<KudosCard />);
    expect(
      await screen.findByText('No kudos yet. Thank a champion for their help!'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Anyone may thank an active champion with “Give kudos”/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute('href', championsDocs('recognition'));
  });

  it('gives kudos to an active champion other than yourself, then refreshes the feed', async () => {
    allow(championsKudosPermission);
    const getKudos = jest
      .fn()
      .mockResolvedValueOnce({ items: [], totalCount: 0 })
      .mockResolvedValue({
        items: [kudos({ championRef: 'user:default/li.wei' })],
        totalCount: 1,
      });
    const giveKudos = jest.fn(async () => kudos());
    await renderChampions(<KudosCard />, {
      getKudos,
      giveKudos,
      getChampions: rosterApi(roster),
    });

    expect(await screen.findByText(/No kudos yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Give kudos' }));
    const dialog = screen.getByRole('dialog', { name: 'Give kudos' });
    await within(dialog).findByRole('option', { name: 'li.wei' });
    expect(
      within(dialog)
        .getAllByRole('option')
        .map(o => o.textContent),
    ).toEqual(['Choose a champion', 'jane.doe', 'li.wei']);
    const send = within(dialog).getByRole('button', { name: 'Send kudos' });
    expect(send).toBeDisabled();

    await userEvent.selectOptions(
      within(dialog).getByLabelText(/^Champion/),
      'li.wei',
    );
    await userEvent.type(
      within(dialog).getByLabelText(/^Message/),
      'Thanks for pairing on the pipeline!',
    );
    expect(dialog).toHaveTextContent('35/500');
    await userEvent.click(send);

    expect(giveKudos).toHaveBeenCalledWith(
      'user:default/li.wei',
      'Thanks for pairing on the pipeline!',
    );
    expect(
      await screen.findByRole('list', { name: 'Kudos' }),
    ).toHaveTextContent('omar.haddad → li.wei');
    expect(getKudos).toHaveBeenCalledTimes(2);
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Kudos sent' }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
