import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  ChangelogEntry,
  ChangelogUnseen,
  Page,
} from 'backstage-plugin-platform-product-common';
import {
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

/** A promise and the function resolving it. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('ChangelogTab', () => {
  beforeEach(() => allow());

  it('marks the visit seen once the list was shown, keeping this visit’s "New"', async () => {
    const unseen = deferred<ChangelogUnseen>();
    const firstPage = deferred<Page<ChangelogEntry>>();
    const listChangelog = jest
      .fn()
      .mockReturnValueOnce(firstPage.promise)
      // After the visit is marked seen, the server no longer calls the entry new.
      .mockResolvedValue({ items: [changelogEntry()], totalCount: 1 });
    const markChangelogSeen = jest.fn(async () => undefined);
    await renderChangelog(<ChangelogTab />, {
      getChangelogUnseen: () => unseen.promise,
      listChangelog,
      markChangelogSeen,
    });

    await act(async () =>
      firstPage.resolve({
        items: [changelogEntry({ isNew: true })],
        totalCount: 1,
      }),
    );
    const entry = await screen.findByRole('article', {
      name: 'Pipelines cache node_modules',
    });
    expect(within(entry).getByText('Unread')).toBeInTheDocument();
    // The arrival state is read before anything is marked seen.
    expect(markChangelogSeen).not.toHaveBeenCalled();

    await act(async () =>
      unseen.resolve({ count: 3, lastSeenAt: '2026-11-17T00:00:00.000Z' }),
    );
    expect(
      await screen.findByText('3 new since your last visit'),
    ).toBeInTheDocument();
    await waitFor(() => expect(markChangelogSeen).toHaveBeenCalledTimes(1));

    await userEvent.selectOptions(
      screen.getByLabelText('Category'),
      'Improved',
    );
    await waitFor(() => expect(listChangelog).toHaveBeenCalledTimes(2));
    expect(
      within(
        await screen.findByRole('article', {
          name: 'Pipelines cache node_modules',
        }),
      ).getByText('Unread'),
    ).toBeInTheDocument();
    expect(markChangelogSeen).toHaveBeenCalledTimes(1);
  });

  it('shows an entry at /changelog/:id with a way back', async () => {
    const getChangelogEntry = jest.fn(async () => changelogEntry());
    const getChangelogRevisions = jest.fn(async () => pageOf([]));
    await renderChangelog(
      <ChangelogTab />,
      { getChangelogEntry, getChangelogRevisions },
      '/platform-product/changelog/21',
    );

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Pipelines cache node_modules',
      }),
    ).toBeInTheDocument();
    expect(getChangelogEntry).toHaveBeenCalledWith(21);
    expect(
      screen.getByRole('link', { name: 'Back to the changelog' }),
    ).toHaveAttribute('href', '/platform-product/changelog');
    // Readers neither manage entries nor see their revisions.
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(getChangelogRevisions).not.toHaveBeenCalled();
  });
});
