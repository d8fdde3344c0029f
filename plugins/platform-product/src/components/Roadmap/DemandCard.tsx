import { useState } from 'react';
import { InfoCard, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import {
  RoadmapDemand,
  RoadmapItem,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { useFeedbackLinks } from '../shared/links';
import { StatusChip } from '../shared/StatusChip';
import { AddEvidenceDialog } from './AddEvidenceDialog';
import { CommentEvidenceList } from './CommentEvidenceList';
import { DemandTeams } from './DemandTeams';
import { RemoveEvidenceButton } from './RemoveEvidenceButton';
import { ResearchEvidenceList } from './ResearchEvidenceList';

/**
 * The demand behind an item: how many people are behind its evidence, the linked feedback
 * (status, +1s; anonymous items say so and name nobody), research, the linked rating and survey
 * comments, and the teams behind the evidence,
 * behind the votes and asking for it. Maintainers add and remove evidence.
 */
export function DemandCard(props: {
  item: Pick<RoadmapItem, 'id' | 'title'>;
  demand: RoadmapDemand;
  canUpdate: boolean;
  onChanged: () => void;
  onRemove: (evidenceId: number) => void;
}) {
  const { item, demand, canUpdate } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useFeedbackLinks();
  const [adding, setAdding] = useState(false);
  const { people, minGroupSize } = demand;
  return (
    <InfoCard
      title={t('roadmap.evidence.title')}
      subheader={t('roadmap.evidence.subheader')}
      headerProps={headingTitle(3)}
      action={
        canUpdate && (
          <Button color="primary" onClick={() => setAdding(true)}>
            {t('roadmap.evidence.add')}
          </Button>
        )
      }
    >
      <Typography variant="body1" paragraph>
        {t('roadmap.evidence.people', { count: people.total })}
        {people.anonymous > 0 &&
          ` (${t('roadmap.evidence.anonymous', { count: people.anonymous })})`}
      </Typography>
      <Typography variant="subtitle2" component="h4">
        {t('roadmap.evidence.feedback')}
      </Typography>
      {demand.feedback.length ? (
        <List dense>
          {demand.feedback.map(({ id, feedback }) => (
            <ListItem key={id}>
              <ListItemText
                primary={
                  <Link to={links.item(feedback.id)}>{feedback.title}</Link>
                }
                secondary={[
                  t('roadmap.evidence.votes', { count: feedback.voteCount }),
                  ...(feedback.anonymous
                    ? [t('roadmap.evidence.anonymousAuthor')]
                    : []),
                ].join(' · ')}
              />
              <Box mr={canUpdate ? 6 : 0}>
                <StatusChip status={feedback.status} />
              </Box>
              {canUpdate && (
                <RemoveEvidenceButton
                  title={feedback.title}
                  onRemove={() => props.onRemove(id)}
                />
              )}
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('roadmap.evidence.noFeedback')}
        </Typography>
      )}
      <Typography variant="subtitle2" component="h4">
        {t('roadmap.evidence.research')}
      </Typography>
      <ResearchEvidenceList
        research={demand.research}
        canUpdate={canUpdate}
        onRemove={props.onRemove}
      />
      <CommentEvidenceList
        comments={demand.comments}
        canUpdate={canUpdate}
        onRemove={props.onRemove}
      />
      <DemandTeams
        label={t('roadmap.evidence.evidenceTeams')}
        teams={demand.evidenceTeams}
        minGroupSize={minGroupSize}
      />
      <DemandTeams
        label={t('roadmap.evidence.voterTeams')}
        teams={demand.voterTeams}
        minGroupSize={minGroupSize}
      />
      <DemandTeams
        label={t('roadmap.evidence.requestingTeams')}
        teams={demand.requestingTeams}
        minGroupSize={minGroupSize}
      />
      {adding && (
        <AddEvidenceDialog
          item={item}
          onAdded={() => {
            setAdding(false);
            props.onChanged();
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </InfoCard>
  );
}
