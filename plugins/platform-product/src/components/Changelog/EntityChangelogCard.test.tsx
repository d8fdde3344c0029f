import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { docsUrl } from '../shared/docsUrl';
import { changelogEntry, renderChangelog } from './__testUtils__/fixtures';
import { EntityChangelogCard } from './EntityChangelogCard';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'ci-pipelines',
    namespace: 'default',
    tags: ['platform-tool'],
  },
};

async function renderCard(items: ChangelogEntry[]) {
  const listChangelog = jest.fn(async () => ({
    items,
    totalCount: items.length,
  }));
  await renderChangelog(
    <EntityProvider entity={entity}>
      <EntityChangelogCard />
    </EntityProvider>,
    { listChangelog },
  );
  return listChangelog;
}

describe('EntityChangelogCard', () => {
  it('lists the latest entries about the entity, new ones marked', async () => {
    const listChangelog = await renderCard([
      changelogEntry({ id: 22, title: 'Deploys roll back', isNew: true }),
      changelogEntry(),
    ]);

    const first = (
      await screen.findByRole('link', { name: 'Deploys roll back' })
    ).closest('li') as HTMLElement;
    expect(listChangelog).toHaveBeenCalledWith({
      toolRef: 'component:default/ci-pipelines',
      limit: 5,
    });
    expect(
      within(first).getByRole('link', { name: 'Deploys roll back' }),
    ).toHaveAttribute('href', '/platform-product/changelog/22');
    expect(within(first).getByText('Unread')).toBeInTheDocument();
    const second = screen
      .getByRole('link', { name: 'Pipelines cache node_modules' })
      .closest('li') as HTMLElement;
    expect(within(second).queryByText('Unread')).not.toBeInTheDocument();
    expect(within(second).getByText('Improved')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /All changes to this tool/ }),
    ).toHaveAttribute(
      'href',
      '/platform-product/changelog?toolRef=component%3Adefault%2Fci-pipelines',
    );
  });

  it('says when nothing was announced for the entity, and where entries come from', async () => {
    await renderCard([]);
    expect(
      await screen.findByText('No changes announced for this tool yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Entries the platform maintainers publish in the Changelog and link to this tool show here, and reach the teams that use it.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('changelog', 'writing-and-publishing'));
  });
});
