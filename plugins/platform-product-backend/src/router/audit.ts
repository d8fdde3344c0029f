import {
  AuditorService,
  AuditorServiceCreateEventOptions,
} from '@backstage/backend-plugin-api';

/** What an audit event records besides who did what. */
export type AuditMeta = NonNullable<AuditorServiceCreateEventOptions['meta']>;

/**
 * Runs a mutation inside an auditor event: success when it completes, fail (and rethrow) when
 * it throws. Leave out `request` for anonymous actions: the event then names no actor.
 * `outcome` adds what the mutation did to the success event (e.g. how many rows it wrote).
 */
export async function audited<T>(
  auditor: AuditorService,
  options: AuditorServiceCreateEventOptions,
  mutation: () => Promise<T>,
  outcome?: (result: T) => AuditMeta,
): Promise<T> {
  const event = await auditor.createEvent(options);
  try {
    const result = await mutation();
    await event.success(outcome && { meta: outcome(result) });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
