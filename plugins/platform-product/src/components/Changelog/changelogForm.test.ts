import { initialForm, toInput, validate } from './changelogForm';

describe('changelogForm', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  // The schema's "publish in the future" reads the clock.
  beforeEach(() => jest.useFakeTimers({ now }));
  afterEach(() => jest.useRealTimers());

  const form = {
    ...initialForm(),
    title: 'Faster builds',
    status: 'scheduled' as const,
    publishAt: '2026-12-01T09:00',
    earlyAccess: true,
    earlyAccessUntil: '2026-12-15T09:00',
  };

  it('sends the dates as ISO timestamps the server takes', () => {
    expect(validate(form)).toEqual({});
    expect(toInput(form)).toMatchObject({
      publishAt: new Date('2026-12-01T09:00').toISOString(),
      earlyAccessUntil: new Date('2026-12-15T09:00').toISOString(),
    });
  });

  it('refuses dates outside 1970 to 9999 before sending them', () => {
    expect(
      validate({
        ...form,
        publishAt: '+010000-01-01T09:00',
        earlyAccessUntil: '1960-01-01T09:00',
      }),
    ).toEqual({
      publishAt: 'dateOutOfRange',
      earlyAccessUntil: 'dateOutOfRange',
    });
  });

  it('words what only the schema checks', () => {
    expect(validate({ ...form, title: 'x'.repeat(201) })).toEqual({
      title: 'titleTooLong',
    });
    expect(validate({ ...form, title: 'Faster\tbuilds' })).toEqual({
      title: 'controlCharacters',
    });
    expect(validate({ ...form, publishAt: '2026-11-20T09:00' })).toEqual({
      publishAt: 'publishAtPast',
    });
  });
});
