import { discoveryApiRef } from '@backstage/core-plugin-api';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '../__testUtils__/userEvent';
import { Link, Route, Routes } from 'react-router-dom';
import { PlatformProductApi, platformProductApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { allow } from './Feedback/__testUtils__/fixtures';
import { ChangelogTab } from './Changelog';
import { PlatformProductSidebarItem } from './PlatformProductSidebarItem';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

async function renderSidebar(api: Partial<PlatformProductApi>) {
  allow();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          platformProductApiRef,
          {
            getTools: async () => [],
            listChangelog: async () => ({ items: [], totalCount: 0 }),
            getDigestSettings: async () => ({ enabled: true }),
            ...api,
          },
        ],
        [
          discoveryApiRef,
          { getBaseUrl: async () => 'http://localhost/api/platform-product' },
        ],
      ]}
    >
      <PlatformProductSidebarItem />
      <Link to="/platform-product/changelog">Open the changelog</Link>
      <Routes>
        <Route
          path="/platform-product/changelog/*"
          element={<ChangelogTab />}
        />
        <Route path="*" element={null} />
      </Routes>
    </TestApiProvider>,
    { mountedRoutes: { '/platform-product': rootRouteRef } },
  );
}

describe('PlatformProductSidebarItem', () => {
  it('counts the changelog entries new since the last visit, until it is visited', async () => {
    let count = 3;
    const markChangelogSeen = jest.fn(async () => {
      count = 0;
    });
    await renderSidebar({
      getChangelogUnseen: async () => ({ count }),
      markChangelogSeen,
    });

    const item = await screen.findByRole('link', {
      name: 'Platform, 3 new changelog entries',
    });
    expect(item).toHaveAttribute('href', '/platform-product');
    expect(item).toHaveTextContent('3');

    await userEvent.click(screen.getByText('Open the changelog'));
    await waitFor(() => expect(markChangelogSeen).toHaveBeenCalled());
    expect(
      await screen.findByRole('link', { name: 'Platform' }),
    ).not.toHaveTextContent('3');
  });

  it('says one entry in the singular', async () => {
    await renderSidebar({ getChangelogUnseen: async () => ({ count: 1 }) });
    expect(
      await screen.findByRole('link', {
        name: 'Platform, 1 new changelog entry',
      }),
    ).toBeInTheDocument();
  });
});
