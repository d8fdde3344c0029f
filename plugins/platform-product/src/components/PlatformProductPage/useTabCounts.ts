import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { feedbackTriagePermission } from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { useLiveUpdates } from '../../hooks/useLiveUpdates';
import { useChangelogUnseenCount } from '../Changelog/unseen';

/**
 * The counts the tab labels show: unread changelog entries for everyone, and, for maintainers,
 * the feedback waiting for triage (from the server's maintained counts, capped).
 */
export function useTabCounts(): { changelog?: string; feedback?: string } {
  const api = useApi(platformProductApiRef);
  const unseen = useChangelogUnseenCount();
  const { allowed: triage } = usePermission({
    permission: feedbackTriagePermission,
  });
  const { value: needsTriage, retry } = useAsyncRetry(
    async () => (triage ? api.getFeedbackTriageCount() : undefined),
    [api, triage],
  );
  useLiveUpdates('feedback', retry);
  return {
    changelog: unseen ? String(unseen) : undefined,
    feedback: needsTriage?.count
      ? `${needsTriage.count}${needsTriage.capped ? '+' : ''}`
      : undefined,
  };
}
