import { mockServices } from '@backstage/backend-test-utils';

/**
 * An auditor that records every event it is asked to create, with its outcome and what its
 * success added (`successMeta`).
 */
export function auditorSpy() {
  const events: { options: any; outcome: string; successMeta?: object }[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async (options: any) => {
      const event: (typeof events)[number] = { options, outcome: 'pending' };
      events.push(event);
      return {
        success: async (success?: { meta?: object }) => {
          event.outcome = 'success';
          event.successMeta = success?.meta;
        },
        fail: async () => void (event.outcome = 'fail'),
      };
    }),
  });
  return { events, factory: auditor.factory };
}
