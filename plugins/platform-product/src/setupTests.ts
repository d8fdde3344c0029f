import '@testing-library/jest-dom';
import { LAZY_BARRELS, lazyBarrel } from './__testUtils__/lazyBarrel';

// The form tests type whole sentences with user-event; on a busy 2-core CI machine (several jobs
// at once) one takes 5-8 s, beyond jest's default of 5 s.
jest.setTimeout(20_000);

// Most of these tests' time went to jsdom's getComputedStyle, which matches every CSS rule of the
// document against an element and its ancestors, again after each DOM change: Testing Library
// asks for it for every node whose accessible name it computes. Material UI v4 puts ~500 JSS
// rules in the document; jsdom lays nothing out, so the tests render without them, as on a
// server: JSS, told it is not in a browser, writes no <style> elements (class names stay).
jest.mock('is-in-browser', () => ({ __esModule: true, default: false }));

// MUI's TextareaAutosize measures its text on every render (getComputedStyle again, and a
// scrollHeight that jsdom always reports as 0): a plain textarea behaves the same here.
jest.mock('@material-ui/core/TextareaAutosize', () => ({
  __esModule: true,
  default: require('./__testUtils__/TextareaStub').TextareaStub,
}));

// The next largest cost was loading modules: each test file loads its own, and these packages'
// entry points load every module they have. Load only the ones a test uses.
for (const barrel of LAZY_BARRELS) {
  jest.mock(barrel, () => lazyBarrel(barrel));
}
