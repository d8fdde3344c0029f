import {
  BrowserContext,
  ConsoleMessage,
  expect,
  test as base,
} from '@playwright/test';

/**
 * Messages that are not ours and that a test cannot avoid, each with why. Everything else that
 * is logged as an error, and every React warning, fails the test.
 */
const foreign: RegExp[] = [];

/**
 * React's development warnings, React Router's future-flag warnings, and material-table's
 * (columns rebuilt on every render, rows without an id).
 */
const reactWarning =
  /^Warning: |React Router Future Flag Warning|validateDOMNesting|unique "key" prop|columns provided to material table are static|row was provided without id/;

function problem(
  message: ConsoleMessage,
  expected: RegExp[],
): string | undefined {
  const text = message.text();
  const isError = message.type() === 'error';
  const isReactWarning =
    (message.type() === 'warning' || isError) && reactWarning.test(text);
  if (!isError && !isReactWarning) return undefined;
  if ([...foreign, ...expected].some(pattern => pattern.test(text))) {
    return undefined;
  }
  const { url } = message.location();
  return `${message.type()}: ${text}${url ? ` (${url})` : ''}`;
}

/**
 * Playwright's `test`, failing any test during which a page of the portal logs an error (a
 * failed request included) or a React or material-table warning: in the test's own page and in every browser
 * context the test opens (several people at once). A test that provokes an error on purpose
 * (e.g. a 409 for a stale tab) names it with `test.use({ expectedConsole: [/…/] })`.
 */
export const test = base.extend<{
  consoleProblems: string[];
  expectedConsole: RegExp[];
}>({
  expectedConsole: [[], { option: true }],
  consoleProblems: [
    async ({ browser, context, expectedConsole }, use) => {
      const problems: string[] = [];
      const watch = (ctx: BrowserContext) => {
        ctx.on('console', message => {
          const found = problem(message, expectedConsole);
          if (found) problems.push(`${message.page()?.url()}: ${found}`);
        });
        ctx.on('weberror', error =>
          problems.push(`uncaught: ${error.error().message}`),
        );
      };
      watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const ctx = await newContext.apply(browser, args);
        watch(ctx);
        return ctx;
      };
      await use(problems);
      browser.newContext = newContext;
      expect(problems, 'console errors and React warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type {
  Browser,
  Page,
  APIRequestContext,
  Locator,
} from '@playwright/test';
