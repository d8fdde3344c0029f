import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { renderRoadmap, roadmapItem } from './__testUtils__/fixtures';
import { EntityRoadmapCard } from './EntityRoadmapCard';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'ci-pipelines',
    namespace: 'default',
    tags: ['platform-tool'],
  },
};

async function renderCard(items = [roadmapItem()]) {
  const listRoadmapItems = jest.fn(async () => ({
    items,
    totalCount: items.length,
  }));
  await renderRoadmap(
    <EntityProvider entity={entity}>
      <EntityRoadmapCard />
    </EntityProvider>,
    { listRoadmapItems },
  );
  return listRoadmapItems;
}

describe('EntityRoadmapCard', () => {
  it('lists the active items of the entity, highest score first', async () => {
    const listRoadmapItems = await renderCard([
      roadmapItem(),
      roadmapItem({
        id: 5,
        title: 'Self-hosted runners',
        lane: 'exploring',
        riceScore: 12.6,
      }),
    ]);

    const first = (
      await screen.findByRole('link', { name: 'Faster CI caches' })
    ).closest('li') as HTMLElement;
    expect(listRoadmapItems).toHaveBeenCalledWith({
      toolRef: 'component:default/ci-pipelines',
      status: 'active',
      sort: 'rice',
      limit: 10,
    });
    expect(
      within(first).getByRole('link', { name: 'Faster CI caches' }),
    ).toHaveAttribute('href', '/platform-product/roadmap/3');
    expect(first).toHaveTextContent('RICE 160');
    expect(await within(first).findByText('Up next')).toBeInTheDocument();
    const second = screen
      .getByRole('link', { name: 'Self-hosted runners' })
      .closest('li') as HTMLElement;
    expect(second).toHaveTextContent('RICE 13');
    expect(second).toHaveTextContent('Exploring');
    expect(
      screen.getByRole('link', { name: /See the roadmap of this tool/ }),
    ).toHaveAttribute(
      'href',
      '/platform-product/roadmap?view=list&toolRef=component%3Adefault%2Fci-pipelines',
    );
  });

  it('says when nothing is planned for the entity', async () => {
    await renderCard([]);
    expect(
      await screen.findByText('Nothing on the roadmap for this tool yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /links this tool; maintainers link tools in the item’s editor/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Read the docs/ }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/\/docs\/roadmap\.md#tools-on-the-roadmap$/),
    );
  });
});
