import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  changelogCreatePermission,
  changelogDeletePermission,
  ChangelogEntry,
  changelogUpdatePermission,
  feedbackCreatePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import { docsUrl } from '../shared/docsUrl';
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

const page = (items: ChangelogEntry[], totalCount = items.length) => ({
  items,
  totalCount,
});

async function renderList(
  api: Partial<PlatformProductApi>,
  path = '/platform-product/changelog',
) {
  const listChangelog = jest.fn(async () => page([changelogEntry()]));
  await renderChangelog(<ChangelogTab />, { listChangelog, ...api }, path);
  return listChangelog;
}

const article = (name: string) => screen.findByRole('article', { name });
const day = (date: Date) =>
  date.toLocaleDateString(undefined, { dateStyle: 'medium' });

describe('ChangelogList', () => {
  beforeEach(() => allow(feedbackCreatePermission));

  it('groups published entries by week, newest first', async () => {
    await renderList({
      listChangelog: async () =>
        page([
          changelogEntry({
            id: 3,
            title: 'Deploys roll back on their own',
            publishedAt: new Date(2026, 10, 18, 9).toISOString(),
          }),
          changelogEntry({
            id: 2,
            title: 'Templates for Go services',
            publishedAt: new Date(2026, 10, 16, 9).toISOString(),
          }),
          changelogEntry({
            id: 1,
            title: 'Flaky test detection',
            publishedAt: new Date(2026, 10, 15, 9).toISOString(),
          }),
        ]),
    });

    await article('Deploys roll back on their own');
    expect(
      screen
        .getAllByRole('heading', { level: 3 })
        .map(heading => heading.textContent),
    ).toEqual([
      `Week of ${day(new Date(2026, 10, 16))}`,
      `Week of ${day(new Date(2026, 10, 9))}`,
    ]);
    expect(
      screen
        .getAllByRole('heading', { level: 4 })
        .map(heading => heading.textContent),
    ).toEqual([
      'Deploys roll back on their own',
      'Templates for Go services',
      'Flaky test detection',
    ]);
  });

  it('shows an entry with its category, tools, body, example and roadmap items', async () => {
    await renderList({
      listChangelog: async () =>
        page([
          changelogEntry({
            category: 'breaking',
            isNew: true,
            earlyAccess: true,
            before: '`npm install`',
            after: '`npm ci`',
            roadmapItemIds: [3],
          }),
        ]),
    });

    const entry = await article('Pipelines cache node_modules');
    expect(
      within(entry).getByRole('link', { name: 'Pipelines cache node_modules' }),
    ).toHaveAttribute('href', '/platform-product/changelog/21');
    expect(within(entry).getByText('Category:')).toBeInTheDocument();
    expect(within(entry).getByText('Breaking')).toBeInTheDocument();
    expect(within(entry).getByText('Unread')).toBeInTheDocument();
    expect(within(entry).getByText('Early access')).toBeInTheDocument();
    expect(entry).toHaveTextContent(
      `Published ${day(new Date('2026-11-18T12:00:00Z'))} · ci-pipelines`,
    );
    expect(within(entry).getByText('four minutes').tagName).toBe('STRONG');
    expect(
      within(entry).getByRole('region', { name: 'Before' }),
    ).toHaveTextContent('npm install');
    expect(
      within(entry).getByRole('region', { name: 'After' }),
    ).toHaveTextContent('npm ci');
    expect(
      within(entry).getByRole('link', { name: 'Ships roadmap item #3' }),
    ).toHaveAttribute('href', '/platform-product/roadmap/3');
  });

  it('marks "Unread" only the entries new to the reader, apart from the "New" category', async () => {
    await renderList({
      listChangelog: async () =>
        page([
          changelogEntry({ id: 1, title: 'Seen before', isNew: false }),
          changelogEntry({ id: 2, title: 'Fresh', isNew: true }),
          changelogEntry({
            id: 3,
            title: 'Brand new tool',
            category: 'new',
            isNew: true,
          }),
        ]),
    });
    const brandNew = await article('Brand new tool');
    expect(within(brandNew).getByText('New')).toBeInTheDocument();
    expect(within(brandNew).getByText('Unread')).toBeInTheDocument();
    expect(
      within(await article('Fresh')).getByText('Unread'),
    ).toBeInTheDocument();
    expect(
      within(await article('Seen before')).queryByText('Unread'),
    ).not.toBeInTheDocument();
  });

  it('never runs or renders a script of the body', async () => {
    const before = document.querySelectorAll('script').length;
    await renderList({
      listChangelog: async () =>
        page([
          changelogEntry({
            body: 'Hello <script>window.pwned = true</script> **world**',
          }),
        ]),
    });
    const entry = await article('Pipelines cache node_modules');
    expect(within(entry).getByText('world').tagName).toBe('STRONG');
    expect(entry.querySelector('script')).toBeNull();
    expect(document.querySelectorAll('script')).toHaveLength(before);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('queries with the filters of the URL and updates them', async () => {
    const listChangelog = await renderList(
      {},
      '/platform-product/changelog?category=fixed&page=2',
    );
    await waitFor(() =>
      expect(listChangelog).toHaveBeenLastCalledWith({
        category: 'fixed',
        limit: 20,
        offset: 20,
      }),
    );
    expect(screen.getByLabelText('Category')).toHaveDisplayValue('Fixed');

    await waitFor(() =>
      expect(screen.getByLabelText('Tool')).toHaveTextContent('CI Pipelines'),
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Tool'),
      'CI Pipelines',
    );
    await waitFor(() =>
      expect(listChangelog).toHaveBeenLastCalledWith({
        toolRef: 'component:default/ci-pipelines',
        category: 'fixed',
        limit: 20,
        offset: 0,
      }),
    );

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Tools my teams use' }),
    );
    await waitFor(() =>
      expect(listChangelog).toHaveBeenLastCalledWith({
        toolRef: 'component:default/ci-pipelines',
        category: 'fixed',
        mine: 'true',
        limit: 20,
        offset: 0,
      }),
    );

    await userEvent.selectOptions(
      screen.getByLabelText('Category'),
      'All categories',
    );
    await waitFor(() =>
      expect(listChangelog).toHaveBeenLastCalledWith({
        toolRef: 'component:default/ci-pipelines',
        mine: 'true',
        limit: 20,
        offset: 0,
      }),
    );
  });

  it('pages through the entries on the server', async () => {
    const listChangelog = jest.fn(async () => page([changelogEntry()], 45));
    await renderList({ listChangelog });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Go to page 3' }),
    );
    await waitFor(() =>
      expect(listChangelog).toHaveBeenLastCalledWith({
        limit: 20,
        offset: 40,
      }),
    );
  });

  it('explains an empty changelog and links to how entries are written', async () => {
    await renderList({ listChangelog: async () => page([]) });
    expect(await screen.findByText('No changes yet')).toBeInTheDocument();
    expect(
      screen.getByText(
        /once the platform maintainers \(platformProduct\.maintainers\) publish them/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('changelog', 'writing-and-publishing'));
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('says when nothing matches the filters, and clears them', async () => {
    const listChangelog = jest.fn(async () => page([]));
    await renderList(
      { listChangelog },
      '/platform-product/changelog?category=fixed',
    );
    expect(
      await screen.findByText('No changes match these filters'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /No published entry matches this search, tool or category/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('changelog', 'reading'));

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() =>
      expect(listChangelog).toHaveBeenLastCalledWith({ limit: 20, offset: 0 }),
    );
    expect(await screen.findByText('No changes yet')).toBeInTheDocument();
  });

  it('explains what "Tools my teams use" needs in the catalog', async () => {
    await renderList(
      { listChangelog: async () => page([]) },
      '/platform-product/changelog?mine=true',
    );
    expect(
      await screen.findByText('No changes match these filters'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /the catalog groups you are a member of \(platformProduct\.teams\.filter\) adopt a tool when a component they own depends on it \(dependsOn\) or consumes its API \(consumesApi\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('changelog', 'tools-my-teams-use'));
  });

  it('tells writers where drafts come from when there are none', async () => {
    allow(changelogUpdatePermission);
    await renderList({ listUnpublishedChangelog: async () => pageOf([]) });

    const drafts = (
      await screen.findByText('No drafts or scheduled entries')
    ).closest('.MuiCard-root') as HTMLElement;
    expect(
      within(drafts).getByText(/wait here, visible to writers only/),
    ).toBeInTheDocument();
    expect(
      within(drafts).getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('changelog', 'writing-and-publishing'));
  });

  it('marks an entry helpful and takes it back', async () => {
    const markChangelogHelpful = jest.fn(
      async (_id: number, helpful: boolean) =>
        changelogEntry({ helpful, helpfulCount: helpful ? 3 : 2 }),
    );
    await renderList({ markChangelogHelpful });

    const button = await screen.findByRole('button', { name: 'Helpful (2)' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(markChangelogHelpful).toHaveBeenCalledWith(21, true);
    const pressed = await screen.findByRole('button', { name: 'Helpful (3)' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(pressed);
    expect(markChangelogHelpful).toHaveBeenLastCalledWith(21, false);
    expect(
      await screen.findByRole('button', { name: 'Helpful (2)' }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('gives readers no writer actions', async () => {
    allow();
    const listUnpublishedChangelog = jest.fn(async () => pageOf([]));
    await renderList({ listUnpublishedChangelog });

    await article('Pipelines cache node_modules');
    expect(screen.getByRole('button', { name: 'Helpful (2)' })).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: 'New entry' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('Drafts and scheduled')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit' }),
    ).not.toBeInTheDocument();
    expect(listUnpublishedChangelog).not.toHaveBeenCalled();
  });

  it('lists drafts and scheduled entries for writers, who publish and delete them', async () => {
    allow(
      changelogCreatePermission,
      changelogUpdatePermission,
      changelogDeletePermission,
    );
    const draft = changelogEntry({
      id: 30,
      title: 'Go templates',
      status: 'draft',
      publishedAt: undefined,
    });
    const scheduled = changelogEntry({
      id: 31,
      title: 'Node 24 runners',
      status: 'scheduled',
      publishAt: '2026-12-01T08:00:00.000Z',
      publishedAt: undefined,
    });
    const listUnpublishedChangelog = jest
      .fn()
      .mockResolvedValueOnce(pageOf([draft, scheduled]))
      .mockResolvedValue(pageOf([scheduled]));
    const publishChangelogEntry = jest.fn(async () => ({
      ...draft,
      status: 'published' as const,
    }));
    const deleteChangelogEntry = jest.fn(async () => undefined);
    const listChangelog = await renderList({
      listUnpublishedChangelog,
      publishChangelogEntry,
      deleteChangelogEntry,
    });

    expect(
      await screen.findByRole('button', { name: 'New entry' }),
    ).toBeInTheDocument();
    const drafts = await screen.findByRole('list', {
      name: 'Drafts and scheduled entries',
    });
    const rows = await within(drafts).findAllByRole('listitem');
    expect(rows[0]).toHaveTextContent(/Go templates.*Draft, edited/);
    expect(rows[1]).toHaveTextContent('Scheduled for');
    expect(
      within(rows[1]).getByRole('link', { name: 'Node 24 runners' }),
    ).toHaveAttribute('href', '/platform-product/changelog/31');

    listChangelog.mockClear();
    await userEvent.click(
      within(rows[0]).getByRole('button', { name: 'Publish now' }),
    );
    // First the audience, then the publication.
    const confirm = await screen.findByRole('dialog');
    expect(
      await within(confirm).findByText(
        'Publishing notifies 4 people, each once.',
      ),
    ).toBeInTheDocument();
    expect(publishChangelogEntry).not.toHaveBeenCalled();
    await userEvent.click(
      within(confirm).getByRole('button', { name: 'Publish now' }),
    );
    expect(publishChangelogEntry).toHaveBeenCalledWith(30);
    await waitFor(() => expect(listChangelog).toHaveBeenCalled());
    await waitFor(() =>
      expect(within(drafts).getAllByRole('listitem')).toHaveLength(1),
    );

    await userEvent.click(
      within(drafts).getByRole('button', { name: 'Delete…' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete “Node 24 runners”?',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    expect(deleteChangelogEntry).toHaveBeenCalledWith(31);
  });
});
