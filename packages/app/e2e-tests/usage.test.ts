import { expect, test } from './fixtures';
import { signInAs, signInByName, tokenOf } from './signIn';

/** The static token of `backend.auth.externalAccess` in app-config.e2e.yaml. */
const USAGE_TOKEN = 'e2e-usage-reporters-token';
const DATABASES = 'component:default/db-provisioner';
const STOREFRONT = 'group:default/storefront';

test('usage events sent with the static token make a team active in Insights and invite the person who used the tool to rate it', async ({
  page,
  browser,
  request,
}) => {
  // Storefront does not declare Database Provisioning, and the demo data has no use of it by
  // Omar Haddad (Storefront) or anyone of his team.
  const sven = await tokenOf(request, 'sven.eriksen');
  const toolOf = async () => {
    const response = await request.get('/api/platform-product/insights/tools', {
      headers: { Authorization: `Bearer ${sven}` },
    });
    return (await response.json()).tools.find(
      (t: { toolRef: string }) => t.toolRef === DATABASES,
    );
  };
  const before = await toolOf();
  expect(before.gap.activeUndeclared).not.toContain(STOREFRONT);

  // As curl would: a batch with the machine's token, for a person by e-mail address.
  const sent = await request.post('/api/platform-product/usage/events', {
    headers: { Authorization: `Bearer ${USAGE_TOKEN}` },
    data: {
      events: [
        {
          id: `e2e-${Date.now()}`,
          toolRef: DATABASES,
          user: 'omar.haddad@northwind.example.com',
          action: 'database-create',
          occurredAt: new Date().toISOString(),
          count: 3,
        },
      ],
    },
  });
  expect(sent.status()).toBe(200);
  expect(await sent.json()).toEqual({
    accepted: 1,
    duplicates: 0,
    rejected: [],
  });
  // The token sends usage and nothing else.
  const other = await request.get('/api/platform-product/insights/tools', {
    headers: { Authorization: `Bearer ${USAGE_TOKEN}` },
  });
  expect([401, 403]).toContain(other.status());

  // The rollup job (every second here, app-config.e2e.yaml) folds the event in shortly.
  await expect
    .poll(async () => (await toolOf()).activeAdoption.activeTeams, {
      timeout: 20_000,
    })
    .toBe(before.activeAdoption.activeTeams + 1);
  const after = await toolOf();
  expect(after.gap.activeUndeclared).toContain(STOREFRONT);

  await signInAs(page, 'Sven Eriksen');
  await page.goto('/platform-product/insights');
  const { activeTeams, eligibleTeams, rate } = after.activeAdoption;
  await expect(
    page
      .getByRole('table', { name: 'Tools', exact: true })
      .getByRole('row', { name: /Database Provisioning/ }),
  ).toContainText(
    `${Math.round(rate * 100)} % · ${activeTeams} of ${eligibleTeams}`,
  );
  const gapRow = page
    .getByRole('table', { name: 'Declared vs active adoption' })
    .getByRole('row', { name: /Database Provisioning/ });
  await expect(gapRow.getByRole('link', { name: 'storefront' })).toBeVisible();

  // Omar, who used it, is asked to rate it on its page.
  const omar = await (await browser.newContext()).newPage();
  await signInByName(omar, 'omar.haddad');
  await omar.goto('/catalog/default/component/db-provisioner');
  await expect(
    omar.getByText(
      'You used Database Provisioning 3 times lately. How is it working for you?',
    ),
  ).toBeVisible();
});
