import { mockServices } from '@backstage/backend-test-utils';

/** An auditor that records every event it is asked to create, with its outcome. */
export function auditorSpy() {
  const events: { options: any; outcome: string }[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async (options: any) => {
      const event = { options, outcome: 'pending' };
      events.push(event);
      return {
        success: async () => void (event.outcome = 'success'),
        fail: async () => void (event.outcome = 'fail'),
      };
    }),
  });
  return { events, factory: auditor.factory };
}
