import {
  APIRequestContext,
  Browser,
  expect,
  Locator,
  Page,
  test,
} from './fixtures';
import { signInAs, tokenOf } from './signIn';

async function asPerson(browser: Browser, title: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, title);
  return page;
}

test('a maintainer plans an item with the catalog reach, moves it to Now, and a developer votes for it', async ({
  browser,
}) => {
  const title = `Secret leases for batch jobs ${Date.now()}`;
  const sven = await asPerson(browser, 'Sven Eriksen');
  await sven.goto('/platform-product/roadmap');
  await sven.getByRole('button', { name: 'New item' }).click();
  const editor = sven.getByRole('dialog', { name: 'New roadmap item' });
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Lane').selectOption({ label: 'Next' });
  await editor.getByLabel('Tools').fill('Secrets');
  await sven.getByRole('option', { name: 'Secrets Manager' }).click();
  // Billing 4, Checkout 7, Fraud Detection 5, Payments Core 7, Security 4 people.
  await expect(
    editor.getByText('Suggested from the catalog: 27 people'),
  ).toBeVisible();
  await editor.getByRole('button', { name: 'Use suggested reach' }).click();
  await expect(editor.getByLabel('Reach')).toHaveValue('27');
  await editor
    .getByLabel('Impact', { exact: true })
    .selectOption({ label: '2 — high' });
  await editor.getByLabel('Confidence').selectOption({ label: '80 %' });
  await editor.getByLabel('Effort').fill('2');
  await expect(editor.getByText('Score: 27 × 2 × 80 % ÷ 2 = 22')).toBeVisible();
  await editor.getByRole('button', { name: 'Create item' }).click();

  await expect(sven.getByRole('heading', { name: title })).toBeVisible();
  const itemUrl = sven.url();
  await sven.getByRole('button', { name: 'Move to…' }).click();
  await sven.getByRole('menuitem', { name: 'Now' }).click();
  await expect(sven.getByText(/moved it from Next to Now/)).toBeVisible();

  // Liam's team (Checkout) uses Secrets Manager: he votes, and sees the item on the tool's page.
  const liam = await asPerson(browser, 'Liam Walsh');
  await liam.goto(itemUrl);
  const vote = liam.getByRole('button', { name: /^Voted? \(\d+\)/ });
  await expect(vote).toHaveAccessibleName('Vote (0)');
  await expect(vote).toHaveText('Vote');
  await vote.click();
  // The button says the reader voted, also after a reload, and takes the vote back.
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await expect(vote).toHaveText('Voted');
  await expect(vote).toHaveAccessibleName('Voted (1): remove your vote');
  await expect(liam.getByText('1 vote · 1 team')).toBeVisible();
  await liam.reload();
  await expect(vote).toHaveText('Voted');
  await vote.click();
  await expect(vote).toHaveAttribute('aria-pressed', 'false');
  await expect(vote).toHaveAccessibleName('Vote (0)');
  await liam.reload();
  await expect(vote).toHaveAccessibleName('Vote (0)');
  await vote.click();
  await expect(vote).toHaveAccessibleName('Voted (1): remove your vote');
  await liam.goto('/catalog/default/api/secrets-api');
  await expect(liam.getByRole('link', { name: title })).toBeVisible();
});

test('a kill without a reason is refused, in the UI and by the API', async ({
  page,
  request,
}) => {
  await signInAs(page, 'Sven Eriksen');
  await page.goto('/platform-product/roadmap?view=list&lane=exploring');
  await page.getByRole('link', { name: 'Topics as code' }).click();
  await page.getByRole('button', { name: 'Kill…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Kill/ });
  await expect(dialog.getByText('A reason is required')).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: 'Kill item' }),
  ).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const id = page.url().match(/roadmap\/(\d+)/)![1];
  const response = await request.post(
    `/api/platform-product/roadmap/items/${id}/kill`,
    {
      headers: {
        Authorization: `Bearer ${await tokenOf(request, 'sven.eriksen')}`,
      },
      data: { version: 1 },
    },
  );
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toContain('reason');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Kill…' })).toBeVisible();
});

/** Drags `card` onto `lane` with the mouse, in steps, as a person would (HTML5 drag and drop). */
async function drag(page: Page, card: Locator, lane: Locator) {
  const from = (await card.getByRole('heading').boundingBox())!;
  const to = (await lane.getByRole('heading').first().boundingBox())!;
  await page.mouse.move(from.x + 5, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height / 2, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height + 20, {
    steps: 10,
  });
  await page.mouse.up();
}

/** A new item in Later, with a score that puts it first in its lane; returns its id. */
async function createLaterItem(
  request: APIRequestContext,
  token: string,
  title: string,
): Promise<number> {
  const response = await request.post('/api/platform-product/roadmap/items', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      title,
      lane: 'later',
      ownerRef: 'group:default/platform',
      reach: 10_000,
      impact: 3,
      confidence: 1,
      effort: 0.5,
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

test('a maintainer drags a card to another lane, moves it with the keyboard, and the timeline shows it', async ({
  page,
  request,
}) => {
  const title = `Drag and drop ${Date.now()}`;
  await createLaterItem(request, await tokenOf(request, 'sven.eriksen'), title);
  await signInAs(page, 'Sven Eriksen');
  await page.goto('/platform-product/roadmap');
  const lane = (name: string) => page.getByRole('region', { name });
  const card = (laneName: string) =>
    lane(laneName).getByRole('article', { name: title });

  await drag(page, card('Later'), lane('Next'));
  await expect(card('Next')).toBeVisible();
  await expect(page.getByText(`Moved “${title}” to Next`)).toBeVisible();

  await card('Next').getByRole('button', { name: 'Move to…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card('Now')).toBeVisible();
  await expect(card('Next')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/view=timeline/);
  const thisQuarter = page.getByRole('region', {
    name: /^Q[1-4] \d{4} · Now$/,
  });
  await expect(thisQuarter.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move to…' })).toHaveCount(0);
  await page.reload();
  await expect(thisQuarter.getByRole('link', { name: title })).toBeVisible();
});

test.describe('a move from a stale board', () => {
  // The refused move is a 409 on purpose.
  test.use({ expectedConsole: [/status of 409/] });

  test('is refused; the board shows where the item is now and says why', async ({
    page,
    request,
  }) => {
    const title = `Moved meanwhile ${Date.now()}`;
    const token = await tokenOf(request, 'sven.eriksen');
    const id = await createLaterItem(request, token, title);
    await signInAs(page, 'Sven Eriksen');
    await page.goto('/platform-product/roadmap');
    const lane = (name: string) => page.getByRole('region', { name });
    await expect(
      lane('Later').getByRole('article', { name: title }),
    ).toBeVisible();

    // Another maintainer moves it to Exploring meanwhile.
    const moved = await request.post(
      `/api/platform-product/roadmap/items/${id}/move`,
      {
        headers: { Authorization: `Bearer ${token}` },
        data: { lane: 'exploring', version: 1 },
      },
    );
    expect(moved.status()).toBe(200);

    await drag(
      page,
      lane('Later').getByRole('article', { name: title }),
      lane('Now'),
    );
    await expect(page.getByRole('alert')).toContainText(
      'was changed by someone else',
    );
    await expect(page.getByText(/The board has been reloaded/)).toBeVisible();
    await expect(
      lane('Exploring').getByRole('article', { name: title }),
    ).toBeVisible();
    await expect(lane('Now').getByRole('article', { name: title })).toHaveCount(
      0,
    );
  });
});

test('a maintainer links feedback as evidence to a roadmap item, and sees the demand and the reach suggestion change', async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const title = `Evidence for leases ${stamp}`;
  const itemId = await createLaterItem(
    request,
    await tokenOf(request, 'sven.eriksen'),
    title,
  );
  // Alex is in Storefront (6 people), which adopts nothing the item links.
  const sent = await request.post('/api/platform-product/feedback', {
    headers: {
      Authorization: `Bearer ${await tokenOf(request, 'alex.morgan')}`,
    },
    data: { toolRef: 'api:default/secrets-api', title: `Leases ${stamp}` },
  });
  expect(sent.status()).toBe(201);
  const feedbackId = (await sent.json()).id;

  await signInAs(page, 'Sven Eriksen');
  await page.goto(`/platform-product/roadmap/${itemId}`);
  await expect(page.getByText('No feedback linked yet.')).toBeVisible();
  await expect(
    page.getByText('Suggested reach: 0 people per quarter (stored: 10,000)'),
  ).toBeVisible();

  await page.goto(`/platform-product/feedback/${feedbackId}`);
  await page.getByLabel('Roadmap item it supports').fill(`leases ${stamp}`);
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await page.getByRole('button', { name: 'Link to roadmap item' }).click();
  await expect(
    page.getByText(`Linked as evidence to “${title}”`),
  ).toBeVisible();
  await page.getByRole('link', { name: title }).click();

  await expect(page.getByText('1 person behind the evidence')).toBeVisible();
  await expect(
    page.getByRole('link', { name: `Leases ${stamp}` }),
  ).toBeVisible();
  await expect(page.getByText('Storefront (fewer than 5)')).toBeVisible();
  await expect(
    page.getByText('Suggested reach: 6 people per quarter (stored: 10,000)'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Update to the suggestions' }).click();
  await expect(
    page.getByText('Reach and confidence match the suggestions.'),
  ).toBeVisible();
  await expect(
    page.getByText('6 people per quarter', { exact: true }),
  ).toBeVisible();
});
