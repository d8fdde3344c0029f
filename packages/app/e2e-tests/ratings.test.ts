import { expect, test } from './fixtures';
import { signInAs } from './signIn';

test('a developer rates a tool from its entity page and sees the average change', async ({
  page,
}) => {
  // Alex's team (Storefront) does not use it, so the demo data holds no rating of his.
  await signInAs(page, 'Alex Morgan');
  await page.goto('/catalog/default/component/db-provisioner');
  const average = page.getByLabel('Average rating');
  await expect(average).toBeVisible();
  const before = await page.getByText(/\d+ ratings?$/).textContent();
  const countBefore = Number(before?.match(/\d+/)?.[0]);

  await page
    .locator('label')
    .filter({ hasText: /^1 Star$/ })
    .click();
  await page.getByLabel('Comment (optional)').fill('Provisioning takes a day');
  await page
    .getByRole('button', { name: /Submit rating|Update rating/ })
    .click();
  await expect(page.getByText('Thanks for your rating')).toBeVisible();
  await expect(page.getByText(`${countBefore + 1} rating`)).toBeVisible();

  // Changing one's mind replaces the rating: the count stays, the average moves.
  const lowAverage = await average.textContent();
  await page
    .locator('label')
    .filter({ hasText: /^5 Stars$/ })
    .click();
  await page.getByRole('button', { name: 'Update rating' }).click();
  await expect(average).not.toHaveText(lowAverage!);
  await expect(page.getByText(`${countBefore + 1} rating`)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Comment (optional)')).toHaveValue(
    'Provisioning takes a day',
  );
});
