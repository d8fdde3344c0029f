import { screen, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  changelogDeletePermission,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import {
  alertApi,
  allow,
  changelogEntry,
  renderChangelog,
} from './__testUtils__/fixtures';
import { ChangelogTab } from './ChangelogTab';
import { pageOf } from '../../__testUtils__/pageOf';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const renderPage = (api: Partial<PlatformProductApi>, id = '21') =>
  renderChangelog(<ChangelogTab />, api, `/platform-product/changelog/${id}`);

describe('ChangelogEntryPage', () => {
  beforeEach(() => allow(changelogUpdatePermission, changelogDeletePermission));

  it('shows writers the revisions, Edit and Delete', async () => {
    const getChangelogRevisions = jest.fn(async () =>
      pageOf([
        {
          id: 1,
          action: 'created' as const,
          actorRef: 'user:default/sven.eriksen',
          title: 'Pipelines cache node_modules',
          createdAt: '2026-11-17T12:00:00.000Z',
        },
        {
          id: 2,
          action: 'published' as const,
          actorRef: 'user:default/ana.lima',
          title: 'Pipelines cache node_modules',
          createdAt: '2026-11-18T12:00:00.000Z',
        },
      ]),
    );
    const deleteChangelogEntry = jest.fn(async () => undefined);
    await renderPage({
      getChangelogEntry: async () => changelogEntry(),
      getChangelogRevisions,
      getChangelogReach: async () => ({
        entryId: 21,
        minGroupSize: 5,
        overall: { audience: 12, readers: 7 },
        teams: [
          {
            teamRef: 'group:default/checkout',
            title: 'Checkout',
            reach: { audience: 7, readers: 5 },
          },
          {
            teamRef: 'group:default/billing',
            title: 'Billing',
            reach: null,
            hidden: 'small' as const,
          },
        ],
      }),
      deleteChangelogEntry,
    });

    expect(await screen.findByText('created it')).toBeInTheDocument();
    // Read receipts: counts per team, small teams folded, nobody named.
    expect(await screen.findByText('Overall: 7/12 read')).toBeInTheDocument();
    expect(screen.getByText('Checkout: 5/7 read')).toBeInTheDocument();
    expect(
      screen.getByText('Billing: fewer than 5 people'),
    ).toBeInTheDocument();
    expect(getChangelogRevisions).toHaveBeenCalledWith(21, {
      cursor: undefined,
    });
    expect(screen.getByText('sven.eriksen')).toBeInTheDocument();
    expect(screen.getByText('published it')).toBeInTheDocument();
    // Published already: nothing to publish.
    expect(screen.queryByRole('button', { name: 'Publish now' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const editor = await screen.findByRole('dialog', {
      name: 'Edit changelog entry',
    });
    expect(within(editor).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Pipelines cache node_modules',
    );
    await userEvent.click(
      within(editor).getByRole('button', { name: 'Cancel' }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(deleteChangelogEntry).toHaveBeenCalledWith(21);
    expect(await screen.findByText('No changes yet')).toBeInTheDocument();
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Deleted “Pipelines cache node_modules”',
      }),
    );
  });

  it('says when there is no such entry', async () => {
    await renderPage({}, 'latest');
    expect(
      await screen.findByText('No such changelog entry'),
    ).toBeInTheDocument();
  });
  it('previews who publishing notifies, in counts, before publishing', async () => {
    const publishChangelogEntry = jest.fn(async () =>
      changelogEntry({ status: 'published' }),
    );
    const getChangelogAudience = jest.fn(async () => ({
      total: 27,
      byReason: { adopters: 25, voters: 3, champions: 2 },
      byTeam: [
        { teamRef: 'group:default/checkout', title: 'Checkout', count: 9 },
      ],
      withoutTeam: 1,
    }));
    await renderPage({
      getChangelogEntry: async () => changelogEntry({ status: 'draft' }),
      getChangelogRevisions: async () => ({ items: [], totalCount: 0 }),
      getChangelogAudience,
      publishChangelogEntry,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Publish now' }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        'Publishing notifies 27 people, each once.',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('3 who voted for the linked roadmap items'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Checkout: 9')).toBeInTheDocument();
    expect(publishChangelogEntry).not.toHaveBeenCalled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Publish now' }),
    );
    expect(publishChangelogEntry).toHaveBeenCalledWith(21);
  });

  it('shows maintainers the delivery report of a published entry', async () => {
    await renderPage({
      getChangelogEntry: async () => changelogEntry(),
      getChangelogRevisions: async () => ({ items: [], totalCount: 0 }),
      getChangelogDeliveries: async () => ({ sent: 20, pending: 5, failed: 2 }),
    });
    const card = (await screen.findByText('Notifications')).closest(
      '.MuiCard-root',
    ) as HTMLElement;
    expect(await within(card).findByText('20')).toBeInTheDocument();
    expect(within(card).getByText('5')).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument();
    expect(
      within(card).getByText(/retried on the next run/),
    ).toBeInTheDocument();
  });
});
