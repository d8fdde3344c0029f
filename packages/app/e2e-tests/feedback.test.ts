import { Browser, Page, test, expect } from './fixtures';
import { apiAs, signInAs } from './signIn';

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
  // Picked by title, not typed as an id.
  const item = 'A dashboard per service from the catalog';
  await plan.getByLabel(/^Roadmap item/).fill('dashboard per service');
  await sven.getByRole('option', { name: new RegExp(item) }).click();
  await plan.getByRole('button', { name: 'Move to planned' }).click();
  // On the item, and in the thread's entry of this step: by its title.
  await expect(sven.getByRole('link', { name: new RegExp(item) })).toHaveCount(
    2,
  );
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

test.describe('two maintainers triaging one item', () => {
  // The stale tab's refused change is a 409 on purpose.
  test.use({ expectedConsole: [/status of 409/] });

  test('a stale tab cannot overwrite the other maintainer’s triage; it keeps what was typed and says what changed', async ({
    browser,
    request,
  }) => {
    const title = `Parallel test shards ${Date.now()}`;
    const { id } = await apiAs(request, 'alex.morgan')('post', '/feedback', {
      toolRef: 'component:default/ci-pipelines',
      kind: 'idea',
      title,
    });
    // Sven has the item open in two tabs, both showing "New".
    const context = await browser.newContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    await signInAs(first, 'Sven Eriksen');
    for (const tab of [first, second]) {
      await tab.goto(`/platform-product/feedback/${id}`);
      await expect(tab.getByRole('heading', { name: title })).toBeVisible();
    }
    await first.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(first.getByText(/moved this to acknowledged/)).toBeVisible();

    await second.getByRole('button', { name: 'Decline…' }).click();
    const decline = second.getByRole('dialog', {
      name: 'Decline this feedback',
    });
    await decline.getByLabel('Reason').fill('Shards are on the CI roadmap');
    await decline.getByRole('button', { name: 'Decline' }).click();
    await expect(
      decline.getByText(
        /Someone else changed this item meanwhile: it is acknowledged now/,
      ),
    ).toBeVisible();
    await expect(decline.getByLabel('Reason')).toHaveValue(
      'Shards are on the CI roadmap',
    );
    await decline.getByRole('button', { name: 'Cancel' }).click();
    await expect(second.getByText('Acknowledged').first()).toBeVisible();

    // The author hears about the one change that happened, once.
    const alex = await asPerson(browser, 'Alex Morgan');
    await alex.goto('/notifications');
    await expect(
      alex.getByText(`Feedback "${title}" was acknowledged`),
    ).toHaveCount(1);
    await expect(
      alex.getByText(`Feedback "${title}" was declined`),
    ).toHaveCount(0);
  });
});

test('publishing the changelog entry that ships a roadmap item ships the feedback planned against it, and tells its people once', async ({
  browser,
  request,
}) => {
  test.slow();
  const stamp = Date.now();
  const sven = apiAs(request, 'sven.eriksen');
  const item = await sven('post', '/roadmap/items', {
    title: `Hosted build cache ${stamp}`,
    lane: 'now',
    ownerRef: 'group:default/platform',
    reach: 10,
    impact: 1,
    confidence: 1,
    effort: 1,
  });
  const title = `Share the build cache across branches ${stamp}`;
  const feedback = await apiAs(request, 'alex.morgan')('post', '/feedback', {
    toolRef: 'component:default/ci-pipelines',
    kind: 'idea',
    title,
  });
  await apiAs(request, 'liam.walsh')('put', `/feedback/${feedback.id}/vote`);
  await sven('post', `/feedback/${feedback.id}/status`, {
    status: 'planned',
    expectedStatus: 'new',
    roadmapItemId: item.id,
  });
  const entryTitle = `The build cache is shared ${stamp}`;
  await sven('post', '/changelog', {
    title: entryTitle,
    category: 'new',
    status: 'draft',
    roadmapItemIds: [item.id],
  });

  const maintainer = await asPerson(browser, 'Sven Eriksen');
  await maintainer.goto('/platform-product/changelog');
  const draft = maintainer
    .getByRole('list', { name: 'Drafts and scheduled entries' })
    .getByRole('listitem')
    .filter({ hasText: entryTitle });
  await draft.getByRole('button', { name: 'Publish now' }).click();
  // The audience preview asks to confirm.
  await draft
    .page()
    .getByRole('dialog')
    .getByRole('button', { name: 'Publish now' })
    .click();
  await expect(
    maintainer.getByRole('article', { name: entryTitle }),
  ).toBeVisible();

  await maintainer.goto(`/platform-product/feedback/${feedback.id}`);
  await expect(maintainer.getByText('Shipped').first()).toBeVisible();
  await expect(
    maintainer
      // Linked by the entry's title.
      .getByRole('link', { name: new RegExp(entryTitle) })
      .first(),
  ).toBeVisible();

  for (const person of ['Alex Morgan', 'Liam Walsh']) {
    const page = await asPerson(browser, person);
    await page.goto('/notifications');
    await expect(page.getByText(`Feedback "${title}" has shipped`)).toHaveCount(
      1,
    );
  }
});
