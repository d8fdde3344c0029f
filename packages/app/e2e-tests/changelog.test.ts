import { Browser, expect, Page, test } from './fixtures';
import { signInAs } from './signIn';

async function asPerson(browser: Browser, title: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, title);
  return page;
}

/** Signs in as any catalog user, by user name. */
async function asUser(browser: Browser, userName: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByPlaceholder('e.g. priya.shah').fill(userName);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  return page;
}

test('a maintainer drafts, previews and publishes an entry; the tool’s users are told, others not', async ({
  browser,
}) => {
  // Four people sign in and load a dozen pages: more than the default minute on a busy machine.
  test.slow();
  const title = `Retries now report flaky tests ${Date.now()}`;
  const sven = await asPerson(browser, 'Sven Eriksen');
  await sven.goto('/platform-product/changelog');
  await sven.getByRole('button', { name: 'New entry' }).click();
  const editor = sven.getByRole('dialog', { name: 'New changelog entry' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Category').selectOption({ label: 'Fixed' });
  await editor
    .getByLabel('Body')
    .fill(
      'Flaky tests are listed on the run page.\n\n<script>window.pwned = true</script>',
    );
  await editor.getByLabel('Tools').fill('CI');
  await sven.getByRole('option', { name: 'CI Pipelines' }).click();
  await editor.getByRole('button', { name: 'Save draft' }).click();

  // Preview the draft exactly as readers will see it; the script in the body does not run.
  const drafts = sven.getByRole('list', {
    name: 'Drafts and scheduled entries',
  });
  const draft = drafts.getByRole('listitem').filter({ hasText: title });
  await draft.getByRole('button', { name: 'Edit' }).click();
  const edit = sven.getByRole('dialog', { name: 'Edit changelog entry' });
  await edit.getByRole('tab', { name: 'Preview' }).click();
  await expect(
    edit.locator('p', { hasText: 'Flaky tests are listed on the run page.' }),
  ).toBeVisible();
  expect(await sven.evaluate(() => (window as any).pwned)).toBeUndefined();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await draft.getByRole('button', { name: 'Publish now' }).click();
  // The audience preview says how many people will be told, and asks to confirm.
  const confirm = sven.getByRole('dialog');
  const total = confirm.getByText(
    /^Publishing notifies \d+ people, each once\.$/,
  );
  const audience = Number((await total.textContent())!.match(/\d+/)![0]);
  expect(audience).toBeGreaterThan(0);
  await confirm.getByRole('button', { name: 'Publish now' }).click();
  const article = sven.getByRole('article', { name: title });
  await expect(article).toBeVisible();
  expect(await sven.evaluate(() => (window as any).pwned)).toBeUndefined();

  // After publishing, the entry's page reports the delivery: every one of them, sent.
  await article.getByRole('link', { name: title }).click();
  const report = sven
    .locator('.MuiCard-root')
    .filter({ has: sven.getByRole('heading', { name: 'Notifications' }) });
  await expect(async () => {
    await report.getByRole('button', { name: 'Refresh' }).click();
    await expect(report.locator('dd').first()).toHaveText(String(audience), {
      timeout: 1000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(report.locator('dd').nth(2)).toHaveText('0');

  // Liam's team (Checkout) uses CI: a notification, a count in the sidebar, a "New" badge.
  const liam = await asPerson(browser, 'Liam Walsh');
  const navItem = liam
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Platform Product' });
  await expect(navItem).toContainText(/\d+ new changelog entr/);
  await liam.goto('/notifications');
  await expect(liam.getByText(`Fixed: ${title}`)).toBeVisible();
  await liam.goto('/catalog/default/component/ci-pipelines');
  const onCard = liam.getByRole('listitem').filter({ hasText: title });
  await expect(onCard.getByRole('link', { name: title })).toBeVisible();
  await expect(onCard.getByText('Unread', { exact: true })).toBeVisible();
  await liam.goto('/platform-product/changelog');
  await expect(liam.getByRole('article', { name: title })).toBeVisible();
  await expect(navItem).toBeVisible();
  await expect(navItem).not.toContainText('new changelog');
  await liam.reload();
  await expect(navItem).toBeVisible();
  await expect(navItem).not.toContainText('new changelog');

  // Rafael's team (Mobile iOS) does not use CI: no notification.
  const rafael = await asUser(browser, 'rafael.costa');
  await rafael.goto('/notifications');
  await expect(
    rafael.getByRole('heading', { name: /Notifications/ }).first(),
  ).toBeVisible();
  await expect(rafael.getByText(`Fixed: ${title}`)).toHaveCount(0);
});
