import { expect, Page } from './fixtures';

/** Signs in through the example portal's picker as one of the listed people. */
export async function signInAs(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
}
