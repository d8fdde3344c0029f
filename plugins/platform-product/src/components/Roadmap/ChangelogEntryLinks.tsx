import { Link } from '@backstage/core-components';
import { Box } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { useRoadmapLinks } from '../shared/links';

/** The changelog entries that ship an item, as links named by the entries' titles. */
export function ChangelogEntryLinks(props: {
  item: Pick<RoadmapItem, 'changelogEntries'>;
  gap: number;
}) {
  const links = useRoadmapLinks();
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: props.gap }}>
      {props.item.changelogEntries.map(entry => (
        <Link key={entry.id} to={links.changelogEntry(entry.id)}>
          {entry.title}
        </Link>
      ))}
    </Box>
  );
}
