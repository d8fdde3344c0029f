import { ReactNode } from 'react';
import { InfoCard, MarkdownContent } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Chip, makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { formatDate } from '../shared/format';
import { formatVotes } from './format';
import { ChangelogEntryLinks } from './ChangelogEntryLinks';
import { ItemStateChip } from './ItemStateChip';
import { RoadmapVoteButton } from './RoadmapVoteButton';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(0, 0, 2),
    '& dd': { margin: 0 },
  },
}));

function Refs(props: { refs: string[]; none: string }) {
  if (!props.refs.length) {
    return <>{props.none}</>;
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
      {props.refs.map(ref => (
        <EntityRefLink key={ref} entityRef={ref} />
      ))}
    </Box>
  );
}

function Fact(props: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="textSecondary">
        {props.term}
      </Typography>
      <Typography component="dd" variant="body2">
        {props.children}
      </Typography>
    </>
  );
}

/** What the item is, who owns it, which tools and teams it concerns, and how it ended. */
export function ItemSummaryCard(props: {
  item: RoadmapItem;
  canVote: boolean;
  onVoted: (item: RoadmapItem) => void;
}) {
  const { item } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={item.title}
      headerProps={headingTitle(2)}
      subheader={t('roadmap.summary.subheader', { id: String(item.id) })}
      action={
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <Typography variant="body2" color="textSecondary" component="span">
            {formatVotes(t, item)}
          </Typography>
          <RoadmapVoteButton
            item={item}
            disabled={!props.canVote}
            onVoted={props.onVoted}
          />
        </Box>
      }
    >
      <Box display="flex" flexWrap="wrap" mb={2} style={{ gap: 8 }}>
        <ItemStateChip item={item} />
        {item.earlyAccess && (
          <Chip
            size="small"
            color="secondary"
            label={t('roadmap.generic.earlyAccess')}
          />
        )}
      </Box>
      {item.status === 'killed' && (
        <Box mb={2}>
          <Alert severity="warning">
            {item.killedAt
              ? t('roadmap.summary.killedOn', {
                  reason: item.killReason ?? '',
                  date: formatDate(item.killedAt),
                })
              : t('roadmap.generic.killedBecause', {
                  reason: item.killReason ?? '',
                })}
          </Alert>
        </Box>
      )}
      <dl className={classes.facts}>
        <Fact term={t('roadmap.fields.owner')}>
          <EntityRefLink entityRef={item.ownerRef} />
        </Fact>
        <Fact term={t('roadmap.fields.tools')}>
          <Refs refs={item.toolRefs} none={t('roadmap.summary.noTools')} />
        </Fact>
        <Fact term={t('roadmap.fields.requestedBy')}>
          <Refs
            refs={item.requestingTeamRefs}
            none={t('roadmap.summary.noTeams')}
          />
        </Fact>
        {item.shippedAt && (
          <Fact term={t('roadmap.fields.shipped')}>
            {formatDate(item.shippedAt)}
          </Fact>
        )}
        {item.changelogEntries.length > 0 && (
          <Fact term={t('roadmap.fields.changelog')}>
            <ChangelogEntryLinks item={item} gap={12} />
          </Fact>
        )}
      </dl>
      {item.description ? (
        <MarkdownContent content={item.description} />
      ) : (
        <Typography color="textSecondary">
          {t('roadmap.summary.noDescription')}
        </Typography>
      )}
    </InfoCard>
  );
}
