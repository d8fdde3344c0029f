import { expect, test } from '@playwright/test';

/**
 * The legacy frontend system's exports, in a real browser: the page with its own header and
 * tabs, the sidebar item, `EntityPlatformProductCards` in the overview grid and the champion
 * cards on groups (docs/install.md). Fails on any console error or React warning.
 */
test('the legacy exports render: page, sidebar item and entity cards on tools only', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', message => {
    if (
      message.type() === 'error' ||
      /^Warning: |React Router Future Flag Warning/.test(message.text())
    ) {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', error => problems.push(`uncaught: ${error.message}`));

  await page.goto('/?as=alex.morgan');
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
  await page.getByRole('tab', { name: 'Changelog' }).click();
  await expect(page).toHaveURL(/\/platform-product\/changelog$/);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^Platform/ })).toBeVisible();

  await page.goto('/catalog/default/component/ci-pipelines');
  await expect(page.getByLabel('Average rating')).toBeVisible();
  await expect(
    page.getByRole('link', { name: /See the roadmap of this tool/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /All changes to this tool/ }),
  ).toBeVisible();

  await page.goto('/catalog/default/component/checkout-service');
  await expect(page.getByText('About').first()).toBeVisible();
  await expect(page.getByLabel('Average rating')).toHaveCount(0);

  await page.goto('/catalog/default/group/storefront');
  await expect(page.getByText('Platform champions')).toBeVisible();

  expect(problems).toEqual([]);
});
