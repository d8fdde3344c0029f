import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { List, ListItem, Typography } from '@material-ui/core';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { LinkToRoadmapItem } from '../shared/LinkToRoadmapItem';
import { useFeedbackLinks } from '../shared/links';

/**
 * The roadmap items this feedback is evidence for, and "Link to roadmap item" (maintainers of
 * the roadmap): pick an item and link the feedback to it.
 */
export function EvidenceLinksCard(props: { item: FeedbackItem }) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useFeedbackLinks();
  const source = { sourceKind: 'feedback', sourceId: item.id } as const;
  const linked = useAsyncRetry(() => api.getEvidenceOf(source), [api, item.id]);
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
      <LinkToRoadmapItem
        id={`evidence-roadmap-item-${item.id}`}
        source={source}
        label={t('feedback.evidence.pick')}
        buttonLabel={t('feedback.evidence.link')}
        linkedMessage={title => t('feedback.evidence.linked', { title })}
        onLinked={linked.retry}
      />
    </InfoCard>
  );
}
