import { expect, test } from '@playwright/test';
import { signInAs } from './signIn';

test('a developer opens Platform Product and sees the five tabs', async ({
  page,
}) => {
  await signInAs(page, 'Alex Morgan');
  await expect(
    page.getByRole('heading', { name: 'Platform Product' }),
  ).toBeVisible();
  for (const tab of [
    'Roadmap',
    'Changelog',
    'Feedback',
    'Champions',
    'Insights',
  ]) {
    await expect(page.getByRole('tab', { name: tab })).toBeVisible();
  }

  await page.getByRole('tab', { name: 'Insights' }).click();
  await expect(page).toHaveURL(/\/platform-product\/insights$/);
  const ciRow = page
    .getByRole('table', { name: 'Tools', exact: true })
    .getByRole('row', { name: /CI Pipelines/ });
  await expect(ciRow).toContainText('12 of 13');
  await expect(ciRow).toContainText('92 %');
});

test('a tool has an entity page', async ({ page }) => {
  await signInAs(page, 'Alex Morgan');
  await page.goto('/catalog/default/system/observability');
  await expect(
    page.getByRole('heading', { name: 'Observability' }).first(),
  ).toBeVisible();
  await expect(page.getByText('Metrics, logs and traces')).toBeVisible();
});

test('a maintainer signs in as a member of the platform team', async ({
  page,
}) => {
  await signInAs(page, 'Sven Eriksen');
  await page.goto('/catalog/default/group/platform');
  await expect(page.getByText('Sven Eriksen').first()).toBeVisible();
});
