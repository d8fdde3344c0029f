import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { List, ListItem, ListItemText } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { RoadmapReviewDue } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { headingTitle } from '../shared/headings';
import { LoadMoreButton } from '../shared/LoadMoreButton';
import { formatDay } from '../shared/format';
import { useRoadmapLinks } from '../shared/links';

/**
 * For maintainers: items whose success criteria passed their review date still pending.
 * Renders nothing while loading or when nothing is due.
 */
export function ReviewsDueCard() {
  const api = useApi(platformProductApiRef);
  const links = useRoadmapLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const {
    items: pages,
    error,
    loading,
    more,
  } = useCursorList(cursor => api.getRoadmapReviewsDue({ cursor }), [api]);
  const value = pages && mergeItems(pages);

  if (error && !value) {
    return (
      <Alert severity="warning">
        {t('roadmap.reviewsDue.failed', { error: errorMessage(error) })}
      </Alert>
    );
  }
  if (!value?.length) {
    return null;
  }
  return (
    <InfoCard
      title={t('roadmap.reviewsDue.title')}
      subheader={t('roadmap.reviewsDue.subheader')}
      headerProps={headingTitle(3)}
      noPadding
    >
      <List dense>
        {value.map(({ item, criteria }) => (
          <ListItem key={item.id} alignItems="flex-start">
            <ListItemText
              primary={<Link to={links.item(item.id)}>{item.title}</Link>}
              secondaryTypographyProps={{ component: 'ul' }}
              secondary={criteria.map(criterion => (
                <li key={criterion.id}>
                  {t('roadmap.reviewsDue.criterion', {
                    metric: criterion.metric,
                    target: criterion.target,
                    date: formatDay(criterion.reviewDate),
                  })}
                </li>
              ))}
            />
          </ListItem>
        ))}
      </List>
      <LoadMoreButton onClick={more} disabled={loading} />
    </InfoCard>
  );
}

/** One entry per item: pages of criteria may split an item's criteria across two pages. */
function mergeItems(due: RoadmapReviewDue[]): RoadmapReviewDue[] {
  const byItem = new Map<number, RoadmapReviewDue>();
  for (const { item, criteria } of due) {
    const seen = byItem.get(item.id);
    byItem.set(item.id, {
      item,
      criteria: [...(seen?.criteria ?? []), ...criteria],
    });
  }
  return [...byItem.values()];
}
