import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { championsActivityPermission } from 'backstage-plugin-platform-product-common';
import {
  alertApi,
  allow,
  championsDocs,
  docsLink,
  renderChampions,
} from './__testUtils__/fixtures';
import { ActivityCard } from './ActivityCard';
import { today } from './format';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const summary = {
  since: '2026-01-11T00:00:00Z',
  byType: [
    { type: 'demo' as const, count: 4 },
    { type: 'office-hours' as const, count: 2 },
  ],
  byChampion: [
    { userRef: 'user:default/jane.doe', count: 5 },
    { userRef: 'user:default/li.wei', count: 1 },
  ],
};

describe('ActivityCard', () => {
  beforeEach(() => {
    allow(championsActivityPermission);
    alertApi.post.mockReset();
  });

  it('counts the activities of the last 90 days per type and per champion', async () => {
    await renderChampions(<ActivityCard isActiveChampion={false} />, {
      getChampionActivitySummary: async () => summary,
    });

    const byType = within(
      await screen.findByRole('list', { name: 'By type' }),
    ).getAllByRole('listitem');
    expect(byType.map(row => row.textContent)).toEqual([
      'Demo4',
      'Office hours2',
      'Onboarding help0',
      'Feedback gathered0',
      'Design review0',
    ]);
    const byChampion = within(
      screen.getByRole('list', { name: 'By champion' }),
    ).getAllByRole('listitem');
    expect(
      within(byChampion[0]).getByRole('link', { name: /jane\.doe/ }),
    ).toHaveAttribute('href', '/catalog/default/user/jane.doe');
    expect(byChampion[0]).toHaveTextContent(/5$/);
    expect(
      screen.queryByRole('button', { name: 'Log activity' }),
    ).not.toBeInTheDocument();
  });

  it('explains how activities get logged when there is none', async () => {
    await renderChampions(<ActivityCard isActiveChampion />);
    expect(
      await screen.findByText('No activities logged in the last 90 days.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Active champions log their demos, office hours/),
    ).toBeInTheDocument();
    expect(docsLink()).toHaveAttribute('href', championsDocs('activity-log'));
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Log activity' }),
    ).toBeInTheDocument();
  });

  it('lets an active champion log an activity', async () => {
    const logChampionActivity = jest.fn(async () => ({ id: 9 }));
    const getChampionActivitySummary = jest.fn(async () => summary);
    await renderChampions(<ActivityCard isActiveChampion />, {
      getChampionActivitySummary,
      logChampionActivity,
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Log activity' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Log activity' });
    expect(within(dialog).getByLabelText(/^Date/)).toHaveValue(today());
    await userEvent.selectOptions(
      within(dialog).getByLabelText(/^Activity/),
      'Office hours',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Note'),
      'Helped Payments with caches',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Log activity' }),
    );

    expect(logChampionActivity).toHaveBeenCalledWith({
      type: 'office-hours',
      date: today(),
      note: 'Helped Payments with caches',
    });
    await waitFor(() =>
      expect(getChampionActivitySummary).toHaveBeenCalledTimes(2),
    );
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Activity logged' }),
    );
  });
});
