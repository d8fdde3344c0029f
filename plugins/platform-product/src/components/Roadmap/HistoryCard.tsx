import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText } from '@material-ui/core';
import { RoadmapHistoryEntry } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { RelativeTime } from '../shared/RelativeTime';
import { Translate } from '../../translation';
import { LaneTitles, useLaneTitles } from '../shared/laneTitles';

/** "‹actor› moved it from Next to Now", with a link to the actor. */
function describe(
  t: Translate,
  entry: RoadmapHistoryEntry,
  laneTitles: LaneTitles,
) {
  const actor = <EntityRefLink entityRef={entry.actorRef} hideIcon />;
  const lane = (key?: keyof LaneTitles) =>
    key ? laneTitles[key] : t('roadmap.history.unknownLane');
  switch (entry.kind) {
    case 'created':
      return t('roadmap.history.created', { actor, lane: lane(entry.toLane) });
    case 'moved':
      return t('roadmap.history.moved', {
        actor,
        from: lane(entry.fromLane),
        to: lane(entry.toLane),
      });
    case 'shipped':
      return t('roadmap.history.shipped', { actor });
    case 'outcome':
      return t('roadmap.history.outcome', { actor });
    default:
      return t('roadmap.history.killed', { actor });
  }
}

/** The item's life, oldest first: created, moved between lanes, shipped or killed, by whom. */
export function HistoryCard(props: { history: RoadmapHistoryEntry[] }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  return (
    <InfoCard
      title={t('roadmap.history.title')}
      headerProps={headingTitle(3)}
      noPadding
    >
      <List dense>
        {props.history.map(entry => (
          <ListItem key={entry.id}>
            <ListItemText
              primary={
                <>
                  {describe(t, entry, laneTitles)}
                  {entry.note && `: ${entry.note}`}
                </>
              }
              secondary={<RelativeTime date={entry.createdAt} />}
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}
