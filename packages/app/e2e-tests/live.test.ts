import { expect, test } from './fixtures';
import { asPerson, tokenOf } from './signIn';

test('a vote in another browser shows on the open board without a reload', async ({
  browser,
  request,
}) => {
  const title = `Live build logs ${Date.now()}`;
  // A high score keeps the new item among the lane's first cards.
  const created = await request.post('/api/platform-product/roadmap/items', {
    headers: {
      Authorization: `Bearer ${await tokenOf(request, 'sven.eriksen')}`,
    },
    data: {
      title,
      lane: 'next',
      ownerRef: 'group:default/platform',
      toolRefs: [],
      reach: 1_000_000,
      impact: 3,
      confidence: 1,
      effort: 1,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const alex = await asPerson(browser, 'Alex Morgan');
  await alex.goto('/platform-product/roadmap');
  const card = alex.getByRole('article', { name: title });
  await expect(card).toContainText('0 votes');
  // Survives only as long as the page is not reloaded.
  await alex.evaluate(() => {
    (window as any).notReloaded = true;
  });

  const liam = await asPerson(browser, 'Liam Walsh');
  await liam.goto(`/platform-product/roadmap/${id}`);
  await liam.getByRole('button', { name: 'Vote (0)' }).click();
  await expect(
    liam.getByRole('button', { name: 'Voted (1): remove your vote' }),
  ).toBeVisible();

  await expect(card).toContainText('1 vote · 1 team');
  expect(await alex.evaluate(() => (window as any).notReloaded)).toBe(true);
});
