import { expect, Page, test } from './fixtures';
import { wrappedInCells } from './layout';
import { signInAs } from './signIn';

/** Waits for the table `name` (or the first table) to show rows, then measures its cells. */
async function expectOneLineCells(
  page: Page,
  table = page.getByRole('table').first(),
) {
  await expect(table.locator('tbody tr').first()).toBeVisible();
  expect(await wrappedInCells(page)).toEqual([]);
}

for (const width of [1280, 1024]) {
  test.describe(`at ${width} pixels wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the roadmap’s list, shipped and killed views keep chips, counts and words on one line', async ({
      page,
    }) => {
      await signInAs(page, 'Sven Eriksen');
      for (const view of ['list', 'shipped', 'killed']) {
        await page.goto(`/platform-product/roadmap?view=${view}`);
        await expectOneLineCells(page);
      }
    });

    test('the inbox and the open nominations keep chips, buttons and times on one line', async ({
      page,
    }) => {
      await signInAs(page, 'Sven Eriksen');
      await page.goto('/platform-product/feedback');
      await expectOneLineCells(page);
      await page.goto('/platform-product/champions');
      await expectOneLineCells(
        page,
        page.getByRole('table', { name: 'Open nominations' }),
      );
    });

    test('names the catalog does not know, shown as their refs, are not cut either', async ({
      page,
    }) => {
      await signInAs(page, 'Sven Eriksen');
      // As for people who have left: the catalog answers, but with no entity for any ref.
      await page.route('**/api/catalog/entities/by-refs*', async route => {
        const { entityRefs } = route.request().postDataJSON();
        await route.fulfill({
          json: { items: entityRefs.map(() => null) },
        });
      });
      await page.goto('/platform-product/champions');
      const nominations = page.getByRole('table', { name: 'Open nominations' });
      // People's refs are their user names: "first.last".
      await expect(
        nominations.getByRole('link', { name: /^[a-z]+\.[a-z-]+$/ }).first(),
      ).toBeVisible();
      await expectOneLineCells(page, nominations);
      for (const path of ['feedback', 'roadmap?view=list']) {
        await page.goto(`/platform-product/${path}`);
        await expectOneLineCells(page);
      }
    });
  });
}
