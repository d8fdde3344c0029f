import { expect, test } from './fixtures';
import { signInAs } from './signIn';

test('a developer opens Platform Product and sees the five tabs', async ({
  page,
}) => {
  await signInAs(page, 'Alex Morgan');
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Platform Product' })
    .click();
  await expect(page).toHaveURL(/\/platform-product\/roadmap$/);
  await expect(
    page.getByRole('heading', { name: 'Platform Product' }),
  ).toBeAttached();
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

test('the home page asks for the open survey and shows what is new in the platform', async ({
  page,
}) => {
  await signInAs(page, 'Alex Morgan');
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByText(/^How likely are you to recommend/).first(),
  ).toBeVisible();
  const whatsNew = page.getByRole('link', { name: 'All changes' });
  await expect(whatsNew).toBeVisible();
  await whatsNew.click();
  await expect(page).toHaveURL(/\/platform-product\/changelog$/);
});

test('the tool cards show on a platform tool only', async ({ page }) => {
  await signInAs(page, 'Alex Morgan');
  await page.goto('/catalog/default/component/ci-pipelines');
  await expect(page.getByLabel('Average rating')).toBeVisible();
  await expect(
    page.getByRole('link', { name: /All changes to this tool/ }),
  ).toBeVisible();

  // A product component of a team, not a platform tool: no card, no request, no error logged.
  await page.goto('/catalog/default/component/checkout-service');
  await expect(page.getByText('About').first()).toBeVisible();
  await expect(page.getByLabel('Average rating')).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: /All changes to this tool/ }),
  ).toHaveCount(0);
  await expect(
    page.getByText('Nothing on the roadmap for this tool'),
  ).toHaveCount(0);
});
