import { userEvent as base } from '@testing-library/user-event';

/**
 * user-event set up once per test file without its pause between keystrokes and pointer
 * actions: each pause is a timer round trip, and the form tests type whole sentences.
 * Import this instead of `@testing-library/user-event` (the package's lint rule says so).
 */
export const userEvent = base.setup({ delay: null });
