import { Link } from '@backstage/core-components';
import { Box } from '@material-ui/core';
import { LatestChanges } from './EntityChangelogCard';
import { useChangelogLinks } from './links';

/** What changed in the platform lately (for a home page widget, which has its own frame). */
export function WhatsNew() {
  const links = useChangelogLinks();
  return (
    <>
      <LatestChanges emptyText="Nothing announced yet." />
      <Box mt={1}>
        <Link to={links.changelog()}>All changes</Link>
      </Box>
    </>
  );
}
