import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  alertApi,
  championsDocs,
  docsLink,
  nomination,
  renderChampions,
  responseError,
} from './__testUtils__/fixtures';
import { NominateDialog } from './NominateDialog';
import { withoutPauses } from '../../__testUtils__/withoutPauses';

const PERSON = /^Person/;

async function renderDialog(
  nominateChampion: jest.Mock,
  props: { teamRef?: string } = {},
) {
  const onNominated = jest.fn();
  await renderChampions(
    <NominateDialog {...props} onClose={jest.fn()} onNominated={onNominated} />,
    { nominateChampion },
  );
  await screen.findByRole('option', { name: 'Checkout' });
  return onNominated;
}

describe('NominateDialog', () => {
  beforeEach(() => alertApi.post.mockReset());

  it('nominates yourself for your team by default, with the reason and focus areas', async () => {
    const sent = nomination({ nomineeRef: 'user:default/ana.lima' });
    const nominateChampion = jest.fn(async () => sent);
    const onNominated = await renderDialog(nominateChampion);

    const team = screen.getByLabelText(/^Team/);
    expect(team).toHaveDisplayValue('Checkout');
    const groups = within(team).getAllByRole('group');
    expect(groups.map(g => g.getAttribute('label'))).toEqual([
      'Your teams',
      'Other teams',
    ]);
    expect(within(groups[0]).getAllByRole('option')).toHaveLength(1);
    expect(screen.getByLabelText(PERSON)).toHaveValue(
      'You (user:default/ana.lima)',
    );

    await userEvent.type(
      screen.getByLabelText(/^Reason/),
      '  I run the CI clinic.  ',
    );
    expect(screen.getByText(/· 24\/2000$/)).toBeInTheDocument();
    const focusAreas = screen.getByLabelText('Focus areas');
    await userEvent.type(focusAreas, 'CI{enter}');
    await userEvent.type(focusAreas, 'Observability{enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Nominate' }));

    expect(nominateChampion).toHaveBeenCalledWith({
      nomineeRef: 'user:default/ana.lima',
      teamRef: 'group:default/checkout',
      reason: 'I run the CI clinic.',
      focusAreas: ['CI', 'Observability'],
    });
    await waitFor(() => expect(onNominated).toHaveBeenCalledWith(sent));
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Nomination sent' }),
    );
  });

  it('nominates a teammate found by name in the catalog, shown with their teams', () =>
    withoutPauses(async () => {
      const nominateChampion = jest.fn(async () => nomination());
      await renderDialog(nominateChampion, { teamRef: 'group:default/search' });

      expect(screen.getByLabelText(/^Team/)).toHaveDisplayValue('Search');
      const person = screen.getByLabelText(PERSON);
      await userEvent.clear(person);
      await userEvent.type(person, 'jan');
      // Matches by display name and user name, with team titles from the suite's teams.
      expect(
        await screen.findByRole('option', {
          name: /Jane Doe\s*Search, Platform/,
        }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('option', { name: /Jan Novák\s*Search/ }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('option', { name: /Ana Lima/ })).toBeNull();
      // Keyboard only: Jan Novák comes first (by user name), Jane Doe second.
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      expect(person).toHaveValue('Jane Doe');
      await userEvent.type(screen.getByLabelText(/^Reason/), 'Knows tracing');
      await userEvent.click(screen.getByRole('button', { name: 'Nominate' }));

      expect(nominateChampion).toHaveBeenCalledWith({
        nomineeRef: 'user:default/jane.doe',
        teamRef: 'group:default/search',
        reason: 'Knows tracing',
        focusAreas: [],
      });
    }));

  it('explains what a team is when the catalog has none', async () => {
    await renderChampions(
      <NominateDialog onClose={jest.fn()} onNominated={jest.fn()} />,
      { getTeams: async () => [] },
    );
    expect(
      await screen.findByText(
        /^No teams found: teams are the catalog Group entities/,
      ),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute(
      'href',
      championsDocs('which-groups-are-teams'),
    );
  });

  it('requires a reason and a person', async () => {
    const nominateChampion = jest.fn();
    await renderDialog(nominateChampion);

    await userEvent.clear(screen.getByLabelText(PERSON));
    await userEvent.click(screen.getByRole('button', { name: 'Nominate' }));

    expect(screen.getByText('A reason is required')).toBeInTheDocument();
    expect(screen.getByText('A person is required')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Reason/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(nominateChampion).not.toHaveBeenCalled();
  });

  it('shows the server’s message and keeps the input when the nomination is refused', async () => {
    const nominateChampion = jest
      .fn()
      .mockRejectedValue(
        await responseError(
          409,
          'user:default/ana.lima already has an open nomination for Checkout',
        ),
      );
    const onNominated = await renderDialog(nominateChampion);

    await userEvent.type(screen.getByLabelText(/^Reason/), 'Again');
    await userEvent.click(screen.getByRole('button', { name: 'Nominate' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'user:default/ana.lima already has an open nomination for Checkout',
    );
    expect(
      screen.queryByRole('button', { name: 'Reload' }),
    ).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Reason/)).toHaveValue('Again');
    expect(onNominated).not.toHaveBeenCalled();
  });

  it('shows the server’s word on a field next to that field, not as a raw message', () =>
    withoutPauses(async () => {
      const nominateChampion = jest
        .fn()
        .mockRejectedValue(
          await responseError(
            400,
            'Invalid body: nomineeRef: must be an entity ref like component:default/name',
          ),
        );
      await renderDialog(nominateChampion);

      await userEvent.clear(screen.getByLabelText(PERSON));
      await userEvent.type(screen.getByLabelText(PERSON), 'jane');
      await userEvent.click(
        await screen.findByRole('option', { name: /Jane Doe/ }),
      );
      await userEvent.type(screen.getByLabelText(/^Reason/), 'Runs demos');
      await userEvent.click(screen.getByRole('button', { name: 'Nominate' }));

      const person = screen.getByLabelText(PERSON);
      await waitFor(() =>
        expect(person).toHaveAccessibleDescription(
          'must be an entity ref like component:default/name',
        ),
      );
      expect(person).toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByText(/Invalid body/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    }));
});
