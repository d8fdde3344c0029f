import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid } from '@material-ui/core';
import {
  feedbackCreatePermission,
  FeedbackItem,
  feedbackTriagePermission,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FeedbackItemCard } from './FeedbackItemCard';
import { FeedbackThread } from './FeedbackThread';
import { useFeedbackLinks } from '../shared/links';
import { TriageCard } from './TriageCard';
import { AssignmentCard } from './AssignmentCard';
import { EvidenceLinksCard } from './EvidenceLinksCard';
import { DetailPage, useItemIdParam } from '../shared/DetailPage';

/** One feedback item (`/feedback/:id`): the item, its thread, and triage for maintainers. */
export function FeedbackItemPage() {
  const { param, id } = useItemIdParam();
  const api = useApi(platformProductApiRef);
  const links = useFeedbackLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed: canTriage } = usePermission({
    permission: feedbackTriagePermission,
  });
  const { allowed: canLinkEvidence } = usePermission({
    permission: roadmapUpdatePermission,
  });
  const { allowed: canVote } = usePermission({
    permission: feedbackCreatePermission,
  });
  // Bumped after every triage action, to reload the item and fetch the thread's new entries.
  const [version, setVersion] = useState(0);
  // The item as a +1, an assignment or tags changed it since it was loaded.
  const [voted, setVoted] = useState<FeedbackItem>();
  const { value, loading, error } = useAsync(async () => {
    if (id === undefined) {
      return undefined;
    }
    const item = await api.getFeedback(id);
    setVoted(undefined);
    return item;
  }, [api, id, version]);

  const frame = {
    back: { to: links.inbox(), label: t('feedback.item.back') },
    loading: loading && !value,
    error,
    notFound: {
      title: t('feedback.item.notFoundTitle'),
      description: t('feedback.item.notFoundDescription', { id: param }),
    },
  };
  if (!value) {
    return <DetailPage {...frame} />;
  }
  const item = voted ?? value;
  return (
    <DetailPage {...frame}>
      <Grid item xs={12} md={canTriage ? 8 : 12}>
        <FeedbackItemCard item={item} canVote={canVote} onVoted={setVoted} />
      </Grid>
      {canTriage && (
        <Grid item xs={12} md={4}>
          <TriageCard item={item} onChanged={() => setVersion(v => v + 1)} />
          <Box mt={3}>
            <AssignmentCard item={item} onChanged={setVoted} />
          </Box>
          {canLinkEvidence && (
            <Box mt={3}>
              <EvidenceLinksCard item={item} />
            </Box>
          )}
        </Grid>
      )}
      <Grid item xs={12} md={canTriage ? 8 : 12}>
        <FeedbackThread
          key={item.id}
          item={item}
          canReply={canTriage || item.mine}
          refreshKey={version}
        />
      </Grid>
    </DetailPage>
  );
}
