import { Browser, expect, Page, test } from './fixtures';
import { signInAs } from './signIn';

async function asPerson(browser: Browser, title: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, title);
  return page;
}

/** Opens the results of a survey from the Feedback tab's survey list. */
async function openResults(page: Page, surveyTitle: string) {
  await page.goto('/platform-product/feedback');
  await page
    .getByRole('table', { name: 'Surveys' })
    .getByRole('link', { name: surveyTitle })
    .click();
  await expect(page.getByLabel('Net Promoter Score')).toBeVisible();
}

async function answeredCount(page: Page) {
  const text = await page.getByLabel('Response rate').textContent();
  return Number(text?.match(/^(\d+) of/)?.[1]);
}

test('a developer answers the open NPS survey and the maintainer sees the score and response rate', async ({
  browser,
}) => {
  const alex = await asPerson(browser, 'Alex Morgan');
  await alex.goto('/platform-product/roadmap');
  const banner = alex.getByText(
    /^Platform team survey: .+ — takes 10 seconds$/,
  );
  await expect(banner).toBeVisible();
  const surveyTitle = (await banner.textContent())!
    .replace('Platform team survey: ', '')
    .replace(' — takes 10 seconds', '');

  const sven = await asPerson(browser, 'Sven Eriksen');
  await openResults(sven, surveyTitle);
  const before = await answeredCount(sven);
  await expect(sven.getByLabel('Response rate')).toHaveText(
    /^\d+ of \d+ people \(\d+ %\)$/,
  );

  await alex.getByRole('button', { name: 'Answer' }).click();
  const dialog = alex.getByRole('dialog', { name: surveyTitle });
  await dialog.getByRole('radio', { name: '10', exact: true }).check();
  await dialog.getByLabel('Why? (optional)').fill('Deploys are boring now');
  await dialog.getByRole('button', { name: 'Send answer' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner).toBeHidden();

  // The answer counts once, and the maintainer sees it in the figures and the comments.
  await sven.reload();
  await expect(sven.getByLabel('Net Promoter Score')).toHaveText(/^-?\d+$/);
  expect(await answeredCount(sven)).toBe(before + 1);
  await expect(sven.getByText('Deploys are boring now')).toBeVisible();
});
