import { screen } from '@testing-library/react';
import { docsUrl } from '../shared/docsUrl';
import { changelogEntry, renderChangelog } from './__testUtils__/fixtures';
import { WhatsNew } from './WhatsNew';

describe('WhatsNew', () => {
  it('lists the latest entries of every tool', async () => {
    const listChangelog = jest.fn(async () => ({
      items: [changelogEntry()],
      totalCount: 1,
    }));
    await renderChangelog(<WhatsNew />, { listChangelog });
    expect(
      await screen.findByRole('link', { name: 'Pipelines cache node_modules' }),
    ).toHaveAttribute('href', '/platform-product/changelog/21');
    expect(listChangelog).toHaveBeenCalledWith({ limit: 5 });
  });

  it('says where entries come from while nothing was announced', async () => {
    await renderChangelog(<WhatsNew />, {
      listChangelog: async () => ({ items: [], totalCount: 0 }),
    });
    expect(
      await screen.findByText('Nothing announced yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'The latest entries the platform maintainers publish in the Changelog show here.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('changelog', 'writing-and-publishing'));
    expect(screen.getByRole('link', { name: 'All changes' })).toHaveAttribute(
      'href',
      '/platform-product/changelog',
    );
  });
});
