import {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';

/**
 * Runs a mutation inside an auditor event: success when it completes, fail (and rethrow) when
 * it throws. Leave out `request` for anonymous actions: the event then names no actor.
 */
export async function audited<T>(
  auditor: AuditorService,
  options: AuditorServiceCreateEventOptions,
  mutation: () => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent(options);
  try {
    const result = await mutation();
    await event.success();
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
