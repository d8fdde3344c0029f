import { expect, Locator, Page, test } from './fixtures';
import { apiAs, asPerson, signInByName } from './signIn';

/** Links a source to the item through its page's "Add evidence" dialog. */
async function addEvidence(
  page: Page,
  itemTitle: string,
  kind: string,
  pick: (dialog: Locator) => Promise<void>,
) {
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const dialog = page.getByRole('dialog', {
    name: `Add evidence to “${itemTitle}”`,
  });
  await dialog.getByLabel('Kind of evidence').selectOption({ label: kind });
  await pick(dialog);
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toBeHidden();
}

test('a maintainer backs an item with an interview quote and feedback, ships it, and the people behind the feedback are told once', async ({
  browser,
  request,
}) => {
  test.slow();
  const stamp = Date.now();
  const sven = apiAs(request, 'sven.eriksen');
  const itemTitle = `Rotate secrets without restarts ${stamp}`;
  const item = await sven('post', '/roadmap/items', {
    title: itemTitle,
    lane: 'next',
    ownerRef: 'group:default/platform',
    reach: 10,
    impact: 1,
    confidence: 0.5,
    effort: 1,
  });
  // Alex (Storefront) asks for it; Liam (Checkout) and Rafael (Mobile iOS) +1.
  const feedbackTitle = `Secrets rotate while services run ${stamp}`;
  const feedback = await apiAs(request, 'alex.morgan')('post', '/feedback', {
    toolRef: 'component:default/ci-pipelines',
    kind: 'idea',
    title: feedbackTitle,
  });
  for (const voter of ['liam.walsh', 'rafael.costa']) {
    await apiAs(request, voter)('put', `/feedback/${feedback.id}/vote`);
  }
  const entryTitle = `Secrets rotate by themselves ${stamp}`;
  await sven('post', '/changelog', {
    title: entryTitle,
    category: 'new',
    status: 'published',
  });

  // The maintainer logs an interview with Liam, who agreed to be named, with two quotes.
  const maintainer = await asPerson(browser, 'Sven Eriksen');
  const noteTitle = `Checkout developer on secrets ${stamp}`;
  const quote = `I wish secrets rotated without a restart ${stamp}`;
  await maintainer.goto('/platform-product/feedback/research');
  await maintainer.getByRole('button', { name: 'Log research' }).click();
  const editor = maintainer.getByRole('dialog', { name: 'Log research' });
  await editor.getByLabel(/^Title/).fill(noteTitle);
  await editor
    .getByRole('checkbox', { name: 'The person agreed to be named' })
    .check();
  await editor.getByLabel(/^Interviewee/).fill('Liam');
  await maintainer.getByRole('option', { name: /Liam Walsh/ }).click();
  await editor.getByRole('button', { name: 'Add a quote' }).click();
  await editor.getByLabel('Quote 1', { exact: true }).fill(quote);
  await editor.getByRole('button', { name: 'Add a quote' }).click();
  await editor
    .getByLabel('Quote 2', { exact: true })
    .fill('Restarts wake the on-call');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(
    maintainer.getByRole('heading', { name: noteTitle }).first(),
  ).toBeVisible();

  // On the item, nothing backs it yet.
  await maintainer.goto(`/platform-product/roadmap/${item.id}`);
  const reach = maintainer.getByText(/^Suggested reach: /);
  const confidence = maintainer.getByText(/^Suggested confidence: /);
  await expect(reach).toHaveText(
    'Suggested reach: 0 people per quarter (stored: 10)',
  );
  await expect(confidence).toHaveText(
    'Suggested confidence: 50 % (stored: 50 %)',
  );

  // One quote: Liam is behind it, so his team (Checkout, 7 people) is reached.
  await addEvidence(
    maintainer,
    itemTitle,
    'Research note or quote',
    async dialog => {
      await dialog.getByLabel(/^Research note/).fill('Checkout developer');
      await maintainer
        .getByRole('option', { name: new RegExp(noteTitle) })
        .click();
      await dialog
        .getByLabel('What to link')
        .selectOption({ label: `“${quote}”` });
    },
  );
  await expect(reach).toHaveText(
    'Suggested reach: 7 people per quarter (stored: 10)',
  );
  await expect(confidence).toHaveText(
    'Suggested confidence: 50 % (stored: 50 %)',
  );

  // The feedback: two kinds of evidence from Storefront, Checkout and Mobile iOS (6 + 7 + 5).
  await addEvidence(maintainer, itemTitle, 'Feedback item', async dialog => {
    await dialog.getByLabel(/^Feedback item/).fill('rotate while services');
    await maintainer
      .getByRole('option', { name: new RegExp(feedbackTitle) })
      .click();
  });
  await expect(reach).toHaveText(
    'Suggested reach: 18 people per quarter (stored: 10)',
  );
  await expect(confidence).toHaveText(
    'Suggested confidence: 80 % (stored: 50 %)',
  );
  await expect(
    maintainer.getByText(
      '80 %: two kinds of evidence from three teams or more.',
    ),
  ).toBeVisible();

  // Shipped with its changelog entry.
  await maintainer.getByRole('button', { name: 'Ship…' }).click();
  const ship = maintainer.getByRole('dialog', { name: `Ship “${itemTitle}”` });
  await ship.getByLabel(/^Changelog entries/).fill('rotate by themselves');
  await maintainer
    .getByRole('option', { name: new RegExp(entryTitle) })
    .click();
  await ship.getByRole('button', { name: 'Ship', exact: true }).click();
  await expect(ship).toBeHidden();
  await expect(maintainer.getByText(/shipped it/).first()).toBeVisible();

  // The feedback's author and both +1ers — Liam also the interviewee — are told once each.
  for (const userName of ['alex.morgan', 'liam.walsh', 'rafael.costa']) {
    const page = await (await browser.newContext()).newPage();
    await signInByName(page, userName);
    await page.goto('/notifications');
    const notice = page.getByText(`"${itemTitle}" has shipped`);
    // The notifications page loads slowly on a busy machine.
    await expect(notice.first()).toBeVisible({ timeout: 60_000 });
    await expect(notice).toHaveCount(1);
    await expect(page.getByText(`See "${entryTitle}".`)).toHaveCount(1);
    // Not a second notice about the feedback that shipped with the item.
    await expect(page.getByText(feedbackTitle)).toHaveCount(0);
  }
});
