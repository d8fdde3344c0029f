import { useMemo } from 'react';
import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Badge, SvgIconProps } from '@material-ui/core';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { rootRouteRef } from '../routes';
import { platformProductTranslationRef } from '../translation';
import { useChangelogUnseenCount } from './Changelog/unseen';

/** The suite's icon with the number of unseen changelog entries (none when there are none). */
function iconWithCount(count: number) {
  return (props: SvgIconProps) => (
    <Badge badgeContent={count} max={99} color="secondary" overlap="circular">
      <TrackChangesIcon {...props} />
    </Badge>
  );
}

/**
 * Sidebar entry for the suite's page, with the number of changelog entries published since the
 * reader's last visit of the changelog.
 *
 * @public
 */
export function PlatformProductSidebarItem(props: { text?: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const to = useRouteRef(rootRouteRef)();
  const text = props.text ?? t('roadmap.suite.sidebar.text');
  const unseen = useChangelogUnseenCount() ?? 0;
  const icon = useMemo(() => iconWithCount(unseen), [unseen]);
  const label = unseen
    ? t('roadmap.suite.sidebar.label', { text, count: unseen })
    : text;
  return <SidebarItem icon={icon} to={to} text={text} aria-label={label} />;
}
