import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  championsManagePermission,
  championsNominatePermission,
} from 'backstage-plugin-platform-product-common';
import {
  alertApi,
  allow,
  champion,
  championsDocs,
  docsLink,
  nomination,
  renderChampions,
} from './__testUtils__/fixtures';
import { NominationsCard } from './NominationsCard';
import { pageOf } from '../../__testUtils__/pageOf';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const open = nomination();

async function renderCard(api: Parameters<typeof renderChampions>[1]) {
  const onDecided = jest.fn();
  await renderChampions(
    <NominationsCard version={0} onDecided={onDecided} />,
    api,
  );
  return onDecided;
}

const row = async () =>
  (await screen.findByRole('link', { name: 'omar.haddad' })).closest(
    'tr',
  ) as HTMLElement;

describe('NominationsCard', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('lets maintainers approve an open nomination, adjusting the focus areas', async () => {
    allow(championsManagePermission);
    const getNominations = jest.fn(async () => pageOf([open]));
    const approveNomination = jest.fn(async () =>
      champion({ userRef: open.nomineeRef }),
    );
    const onDecided = await renderCard({ getNominations, approveNomination });

    const nominee = await row();
    expect(getNominations).toHaveBeenCalledWith({
      status: 'open',
      cursor: undefined,
    });
    expect(nominee).toHaveTextContent('checkout');
    expect(nominee).toHaveTextContent('Runs the weekly CI clinic.');
    expect(nominee).toHaveTextContent('by ana.lima');
    await userEvent.click(
      within(nominee).getByRole('button', { name: 'Approve' }),
    );

    const dialog = screen.getByRole('dialog', { name: 'Approve nomination' });
    expect(dialog).toHaveTextContent(
      'omar.haddad becomes a champion of checkout',
    );
    expect(within(dialog).getByRole('button', { name: 'CI' })).toBeVisible();
    await userEvent.type(
      within(dialog).getByLabelText('Focus areas'),
      'Security{enter}',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve nomination' }),
    );

    expect(approveNomination).toHaveBeenCalledWith(4, ['CI', 'Security']);
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Nomination approved' }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets maintainers decline a nomination, with a required reason', async () => {
    allow(championsManagePermission);
    const declineNomination = jest.fn(async () =>
      nomination({ status: 'declined', declineReason: 'Two already' }),
    );
    const onDecided = await renderCard({
      getNominations: async () => pageOf([open]),
      declineNomination,
    });

    await userEvent.click(
      within(await row()).getByRole('button', { name: 'Decline' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Decline nomination' });
    const decline = within(dialog).getByRole('button', {
      name: 'Decline nomination',
    });
    expect(decline).toBeDisabled();
    expect(dialog).toHaveTextContent('A reason is required');

    await userEvent.type(
      within(dialog).getByLabelText(/^Reason/),
      ' Checkout has two already ',
    );
    await userEvent.click(decline);

    expect(declineNomination).toHaveBeenCalledWith(
      4,
      'Checkout has two already',
    );
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Nomination declined' }),
    );
  });

  it('shows developers their own nominations with their status, and no decisions', async () => {
    allow(championsNominatePermission);
    const getNominations = jest.fn(async () =>
      pageOf([
        open,
        nomination({
          id: 5,
          nomineeRef: 'user:default/ana.lima',
          nominatorRef: 'user:default/ana.lima',
          teamRef: 'group:default/search',
          status: 'declined',
          declineReason: 'Search has two champions already',
        }),
      ]),
    );
    await renderCard({ getNominations });

    expect(
      await screen.findByRole('heading', { name: 'Your nominations' }),
    ).toBeInTheDocument();
    expect(getNominations).toHaveBeenCalledWith({
      status: undefined,
      cursor: undefined,
    });
    const rows = within(
      await screen.findByRole('table', { name: 'Your nominations' }),
    ).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('omar.haddad');
    expect(rows[1]).toHaveTextContent('Open');
    expect(rows[2]).toHaveTextContent(
      'DeclinedSearch has two champions already',
    );
    expect(
      screen.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Decline' }),
    ).not.toBeInTheDocument();
  });

  it('says when there is nothing to decide', async () => {
    allow(championsManagePermission);
    await renderCard({ getNominations: async () => pageOf([]) });
    expect(await screen.findByText('No open nominations.')).toBeInTheDocument();
    expect(
      screen.getByText(/the nominations waiting for your decision show here/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute('href', championsDocs('nominations'));
  });

  it('tells developers without nominations how to nominate', async () => {
    allow(championsNominatePermission);
    await renderCard({ getNominations: async () => pageOf([]) });
    expect(
      await screen.findByText(
        'You have not nominated anyone, nor been nominated, yet.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/a maintainer then approves or declines/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute('href', championsDocs('nominations'));
  });
});
