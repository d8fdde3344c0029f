import { Badge } from '@material-ui/core';
import TrackChangesIcon from '@material-ui/icons/TrackChanges';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../translation';
import { useChangelogUnseenCount } from './Changelog/unseen';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * The suite's icon with the number of changelog entries published since the reader's last visit
 * of the changelog (none when there are none), as the page's icon in the new frontend system's
 * nav and header.
 */
export function PlatformProductIcon() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const unseen = useChangelogUnseenCount() ?? 0;
  return (
    <Badge
      badgeContent={<span aria-hidden>{unseen > 99 ? '99+' : unseen}</span>}
      invisible={!unseen}
      color="secondary"
      overlap="circular"
    >
      <TrackChangesIcon />
      {unseen > 0 && (
        <span style={visuallyHidden}>
          {t('roadmap.suite.sidebar.unseen', { count: unseen })}
        </span>
      )}
    </Badge>
  );
}
