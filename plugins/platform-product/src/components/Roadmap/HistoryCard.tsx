import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText } from '@material-ui/core';
import { RoadmapHistoryEntry } from 'backstage-plugin-platform-product-common';
import { headingTitle } from '../Feedback/headings';
import { RelativeTime } from '../Feedback/RelativeTime';
import { LaneTitles, useLaneTitles } from './laneTitles';

function describe(entry: RoadmapHistoryEntry, laneTitles: LaneTitles) {
  const lane = (key?: keyof LaneTitles) => (key ? laneTitles[key] : '?');
  switch (entry.kind) {
    case 'created':
      return `created it in ${lane(entry.toLane)}`;
    case 'moved':
      return `moved it from ${lane(entry.fromLane)} to ${lane(entry.toLane)}`;
    case 'shipped':
      return 'shipped it';
    default:
      return 'killed it';
  }
}

/** The item's life, oldest first: created, moved between lanes, shipped or killed, by whom. */
export function HistoryCard(props: { history: RoadmapHistoryEntry[] }) {
  const laneTitles = useLaneTitles();
  return (
    <InfoCard title="History" headerProps={headingTitle(3)} noPadding>
      <List dense>
        {props.history.map(entry => (
          <ListItem key={entry.id}>
            <ListItemText
              primary={
                <>
                  <EntityRefLink entityRef={entry.actorRef} hideIcon />{' '}
                  {describe(entry, laneTitles)}
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
