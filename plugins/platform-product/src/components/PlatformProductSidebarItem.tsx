import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { rootRouteRef } from '../routes';

/**
 * Sidebar entry for the suite's page.
 *
 * @public
 */
export function PlatformProductSidebarItem(props: { text?: string }) {
  const to = useRouteRef(rootRouteRef)();
  return (
    <SidebarItem
      icon={TrackChangesIcon}
      to={to}
      text={props.text ?? 'Platform'}
    />
  );
}
