import { InfoCard } from '@backstage/core-components';
import { WhatsNew } from './WhatsNew';

/** The latest changelog entries in a card of their own (for a legacy home page). */
export function WhatsNewCard(props: { title?: string }) {
  return (
    <InfoCard title={props.title ?? "What's new in the platform"}>
      <WhatsNew />
    </InfoCard>
  );
}
