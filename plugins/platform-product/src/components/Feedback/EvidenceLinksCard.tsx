import { useState } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, List, ListItem, Typography } from '@material-ui/core';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ActionError } from '../shared/ActionError';
import {
  RoadmapItemOption,
  RoadmapItemPicker,
} from '../shared/RoadmapItemPicker';
import { headingTitle } from '../shared/headings';
import { useFeedbackLinks } from '../shared/links';

/**
 * The roadmap items this feedback is evidence for, and "Link to roadmap item" (maintainers of
 * the roadmap): pick an item and link the feedback to it.
 */
export function EvidenceLinksCard(props: { item: FeedbackItem }) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useFeedbackLinks();
  const source = { sourceKind: 'feedback', sourceId: item.id } as const;
  const linked = useAsyncRetry(() => api.getEvidenceOf(source), [api, item.id]);
  const [picked, setPicked] = useState<RoadmapItemOption>();
  const [{ loading, error }, link] = useAsyncFn(async () => {
    if (!picked) return;
    await api.linkEvidence(picked.key, source);
    alertApi.post({
      message: t('feedback.evidence.linked', { title: picked.title }),
      severity: 'success',
      display: 'transient',
    });
    setPicked(undefined);
    linked.retry();
  }, [api, picked, item.id]);
  return (
    <InfoCard
      title={t('feedback.evidence.title')}
      headerProps={headingTitle(3)}
    >
      {linked.value?.items.length ? (
        <List dense disablePadding>
          {linked.value.items.map(l => (
            <ListItem key={l.id} disableGutters>
              <Link to={links.roadmapItem(l.roadmapItemId)}>
                {l.roadmapItemTitle}
              </Link>
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('feedback.evidence.none')}
        </Typography>
      )}
      <RoadmapItemPicker
        id={`evidence-roadmap-item-${item.id}`}
        label={t('feedback.evidence.pick')}
        value={picked}
        onChange={setPicked}
      />
      <Box mt={1}>
        <Button
          variant="outlined"
          color="primary"
          disabled={!picked || loading}
          onClick={link}
        >
          {t('feedback.evidence.link')}
        </Button>
      </Box>
      {error && (
        <Box mt={1}>
          <ActionError error={error} />
        </Box>
      )}
    </InfoCard>
  );
}
