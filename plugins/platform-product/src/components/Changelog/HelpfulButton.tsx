import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  ChangelogEntry,
  feedbackCreatePermission,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ToggleCountButton } from '../shared/ToggleCountButton';

/** The reader's "Helpful" toggle on an entry, with the count; reports the updated entry. */
export function HelpfulButton(props: {
  entry: ChangelogEntry;
  /** A preview: nothing to mark yet. */
  disabled?: boolean;
  onChanged: (entry: ChangelogEntry) => void;
}) {
  const { entry } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  return (
    <ToggleCountButton
      pressed={entry.helpful}
      disabled={!allowed || props.disabled}
      onToggle={helpful => api.markChangelogHelpful(entry.id, helpful)}
      onToggled={props.onChanged}
      failureMessage={error => t('changelog.entry.helpfulError', { error })}
    >
      {t('changelog.entry.helpful', {
        helpfulCount: String(entry.helpfulCount),
      })}
    </ToggleCountButton>
  );
}
