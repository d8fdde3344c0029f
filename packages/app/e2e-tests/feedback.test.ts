import { Browser, expect, Page, test } from './fixtures';
import { signInAs } from './signIn';

async function asPerson(browser: Browser, title: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, title);
  return page;
}

test('a developer sends feedback, a maintainer plans it, and the developer is notified', async ({
  browser,
}) => {
  const title = `Cache Docker layers between builds ${Date.now()}`;
  const alex = await asPerson(browser, 'Alex Morgan');
  await alex.goto('/platform-product/feedback');
  await alex.getByRole('button', { name: 'Send feedback' }).click();
  const dialog = alex.getByRole('dialog', { name: 'Send feedback' });
  await dialog.getByLabel('Tool').selectOption({ label: 'CI Pipelines' });
  await dialog.getByRole('radio', { name: 'Idea' }).check();
  await dialog.getByLabel('Title').fill(title);
  await dialog
    .getByLabel('Details')
    .fill('Image builds take **6 minutes** without a layer cache.');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(alex.getByText('Thanks — your feedback was sent')).toBeVisible();

  // The maintainer finds it in the inbox, newest first, and plans it with a roadmap item.
  const sven = await asPerson(browser, 'Sven Eriksen');
  await sven.goto('/platform-product/feedback?sort=newest');
  await sven.getByRole('link', { name: title }).click();
  await expect(sven.getByRole('heading', { name: title })).toBeVisible();
  await expect(sven.getByText('6 minutes')).toBeVisible();
  await sven.getByRole('button', { name: 'Plan…' }).click();
  const plan = sven.getByRole('dialog', { name: 'Plan this feedback' });
  await plan.getByLabel('Roadmap item id').fill('7');
  await plan.getByRole('button', { name: 'Move to planned' }).click();
  await expect(
    sven.getByRole('link', { name: 'Roadmap item #7' }),
  ).toBeVisible();
  await expect(sven.getByText(/moved this to planned/)).toBeVisible();

  // The developer sees the notification and follows it back to the item.
  await alex.goto('/notifications');
  const notification = alex.getByText(`Feedback "${title}" is planned`);
  await expect(notification).toBeVisible();
  await notification.click();
  await expect(alex).toHaveURL(/\/platform-product\/feedback\/\d+$/);
  await expect(alex.getByRole('heading', { name: title })).toBeVisible();
});

test('developers +1 feedback once each, and do not see triage actions', async ({
  page,
}) => {
  await signInAs(page, 'Liam Walsh');
  await page.goto(
    '/platform-product/feedback?toolRef=component:default/ci-pipelines&status=all',
  );
  const row = page.getByRole('row').filter({
    has: page.getByRole('link', {
      name: 'ARM runners for the mobile backends',
    }),
  });
  const vote = row.getByRole('button', { name: /^\+1 \(\d+\)$/ });
  const before = Number((await vote.textContent())?.match(/\d+/)?.[0]);
  await vote.click();
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await expect(vote).toHaveAccessibleName(`+1 (${before + 1})`);
  await page.reload();
  await expect(vote).toHaveAccessibleName(`+1 (${before + 1})`);

  await row.getByRole('link').click();
  await expect(
    page.getByRole('heading', { name: 'ARM runners for the mobile backends' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plan…' })).toHaveCount(0);
});
