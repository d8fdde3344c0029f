import { APIRequestContext, Browser, expect, Page } from './fixtures';

/** Signs in through the example portal's picker as one of the listed people. */
export async function signInAs(page: Page, title: string) {
  await page.goto('/');
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
}

/** A page of a browser context of its own (a second person at once), signed in as `title`. */
export async function asPerson(browser: Browser, title: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, title);
  return page;
}

/** Signs in through the picker's free field as anyone of the catalog, by user name. */
export async function signInByName(page: Page, userName: string) {
  await page.goto('/');
  await page.getByLabel('User name from the catalog').fill(userName);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
}

/** A backend token for one of the example portal's people, from the demo sign-in provider. */
export async function tokenOf(request: APIRequestContext, userName: string) {
  const response = await request.get('/api/auth/demo/refresh', {
    headers: { 'x-demo-user': userName },
  });
  return (await response.json()).backstageIdentity.token as string;
}

/** Calls the plugin's API as one of the example portal's people; returns the body. */
export function apiAs(request: APIRequestContext, userName: string) {
  return async (method: 'post' | 'put', path: string, data: object = {}) => {
    const response = await request[method](`/api/platform-product${path}`, {
      headers: { Authorization: `Bearer ${await tokenOf(request, userName)}` },
      data,
    });
    expect(response.ok(), await response.text()).toBe(true);
    return response.json();
  };
}
