import { Browser, expect, Page, test } from './fixtures';
import { signInAs } from './signIn';

async function asPerson(browser: Browser, title: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, title);
  return page;
}

test('a teammate is nominated and approved: coverage goes up, the group and user pages show the champion', async ({
  browser,
}) => {
  // Storefront has no champion in the demo data; Alex nominates his teammate Priya.
  const alex = await asPerson(browser, 'Alex Morgan');
  await alex.goto('/platform-product/champions');
  const coverage = alex.getByLabel('Coverage', { exact: true });
  await expect(coverage).toHaveText(/^(\d+) of 13 teams have a champion/);
  const coveredBefore = Number(
    (await coverage.textContent())!.match(/^\d+/)![0],
  );
  const uncovered = alex.getByRole('list', {
    name: /^Teams without a champion/,
  });
  const storefront = uncovered
    .getByRole('listitem')
    .filter({ hasText: 'Storefront' });
  await storefront.getByRole('button', { name: 'Nominate someone' }).click();
  const dialog = alex.getByRole('dialog', { name: 'Nominate a champion' });
  // Picked from the catalog by name, not typed as an entity ref.
  await dialog.getByLabel(/^Person/).fill('Priya');
  await alex.getByRole('option', { name: /Priya Shah/ }).click();
  await dialog
    .getByLabel(/^Reason/)
    .fill('Priya runs our deploy demos every sprint.');
  await dialog.getByRole('button', { name: 'Nominate' }).click();
  await expect(alex.getByText('Nomination sent')).toBeVisible();

  const sven = await asPerson(browser, 'Sven Eriksen');
  await sven.goto('/platform-product/champions');
  const nomination = sven
    .getByRole('table', { name: 'Open nominations' })
    .getByRole('row')
    .filter({ hasText: 'Priya' });
  await nomination.getByRole('button', { name: 'Approve' }).click();
  await sven
    .getByRole('dialog', { name: 'Approve nomination' })
    .getByRole('button', { name: 'Approve nomination' })
    .click();
  await expect(sven.getByLabel('Coverage', { exact: true })).toHaveText(
    new RegExp(`^${coveredBefore + 1} of 13 teams have a champion`),
  );
  await expect(
    sven
      .getByRole('list', { name: /^Teams without a champion/ })
      .getByRole('listitem')
      .filter({ hasText: 'Storefront' }),
  ).toHaveCount(0);

  await alex.goto('/catalog/default/group/storefront');
  await expect(
    alex.getByRole('list', { name: 'Champions of this team' }),
  ).toContainText('Priya Shah');

  // Liam thanks Priya from her user page, and the kudos show there.
  const liam = await asPerson(browser, 'Liam Walsh');
  await liam.goto('/catalog/default/user/priya.shah');
  await liam.getByRole('button', { name: 'Give kudos' }).click();
  const kudos = liam.getByRole('dialog', { name: 'Give kudos' });
  await kudos
    .getByLabel(/^Message/)
    .fill('Thanks for the canary deploy walkthrough!');
  await kudos.getByRole('button', { name: 'Send kudos' }).click();
  await expect(liam.getByRole('list', { name: 'Recent kudos' })).toContainText(
    'Thanks for the canary deploy walkthrough!',
  );
});
