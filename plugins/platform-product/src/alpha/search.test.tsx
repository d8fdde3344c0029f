import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { SearchResultListItemBlueprint } from '@backstage/plugin-search-react/alpha';
import { screen } from '@testing-library/react';
import { changelogSearchResultListItem } from './search';

describe('changelog search result list item', () => {
  const item = createExtensionTester(changelogSearchResultListItem).get(
    SearchResultListItemBlueprint.dataRefs.item,
  );
  const document = {
    title: 'Deploys roll back on red',
    text: 'A failed health check now rolls the deploy back.',
    location: '/platform-product/changelog/4',
    category: 'improved',
    publishedAt: '2026-11-20T10:00:00Z',
  };

  it('renders changelog entries only', () => {
    expect(
      item.predicate!({ type: 'platform-product-changelog', document }),
    ).toBe(true);
    expect(item.predicate!({ type: 'software-catalog', document })).toBe(false);
  });

  it('shows the title linking to the entry, the text and the category', async () => {
    const Item = item.component;
    await renderInTestApp(<Item result={document} />);
    expect(
      await screen.findByRole('link', { name: 'Deploys roll back on red' }),
    ).toHaveAttribute('href', '/platform-product/changelog/4');
    expect(
      screen.getByText('A failed health check now rolls the deploy back.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Improved')).toBeInTheDocument();
  });
});
