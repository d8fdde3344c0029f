import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Typography } from '@material-ui/core';
import { RoadmapOutcome } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { RelativeTime } from '../shared/RelativeTime';
import { MeasuredOutcomeTable } from './MeasuredOutcomeTable';

/** The recorded outcome decision of a shipped item: what was decided, why, and on what figures. */
export function OutcomeCard(props: { outcome: RoadmapOutcome }) {
  const { outcome } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={t('roadmap.decision.cardTitle')}
      headerProps={headingTitle(3)}
    >
      <Typography variant="h6" component="p">
        {t(`roadmap.decision.decisions.${outcome.decision}`)}
      </Typography>
      {outcome.reason && (
        <Typography variant="body1" paragraph>
          {outcome.reason}
        </Typography>
      )}
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('roadmap.decision.decidedBy', {
          actor: <EntityRefLink entityRef={outcome.decidedBy} hideIcon />,
        })}{' '}
        · <RelativeTime date={outcome.decidedAt} />
      </Typography>
      <Typography variant="body2" paragraph>
        {t('roadmap.decision.evidence', {
          people: String(outcome.evidence.people),
          anonymous: String(outcome.evidence.anonymous),
          kinds: String(outcome.evidence.kinds),
        })}
      </Typography>
      <MeasuredOutcomeTable measured={outcome.measured} />
    </InfoCard>
  );
}
