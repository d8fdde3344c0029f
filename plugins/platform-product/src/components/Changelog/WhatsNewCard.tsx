import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { WhatsNew } from './WhatsNew';

/** The latest changelog entries in a card of their own (for a legacy home page). */
export function WhatsNewCard(props: { title?: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard title={props.title ?? t('changelog.latest.whatsNew')}>
      <WhatsNew />
    </InfoCard>
  );
}
