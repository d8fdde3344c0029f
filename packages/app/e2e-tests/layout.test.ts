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
  });
}
