import '@testing-library/jest-dom';

// The form tests type whole sentences with user-event; on a busy 2-core CI machine (several jobs
// at once) one takes 5-8 s, beyond jest's default of 5 s.
jest.setTimeout(20_000);
