import { ReactNode } from 'react';
import { InfoCard, Link, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Chip, makeStyles, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { headingTitle } from '../Feedback/headings';
import { formatDate } from '../Surveys/format';
import { formatVotes } from './format';
import { ItemStateChip } from './ItemStateChip';
import { useRoadmapLinks } from './links';
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
  const links = useRoadmapLinks();
  return (
    <InfoCard
      title={item.title}
      headerProps={headingTitle(2)}
      subheader={`Roadmap item #${item.id}`}
      action={
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <Typography variant="body2" color="textSecondary" component="span">
            {formatVotes(item)}
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
          <Chip size="small" color="secondary" label="Early access" />
        )}
      </Box>
      {item.status === 'killed' && (
        <Box mb={2}>
          <Alert severity="warning">
            Killed: {item.killReason}
            {item.killedAt && ` (${formatDate(item.killedAt)})`}
          </Alert>
        </Box>
      )}
      <dl className={classes.facts}>
        <Fact term="Owner">
          <EntityRefLink entityRef={item.ownerRef} />
        </Fact>
        <Fact term="Tools">
          <Refs refs={item.toolRefs} none="None linked" />
        </Fact>
        <Fact term="Requested by">
          <Refs refs={item.requestingTeamRefs} none="No team yet" />
        </Fact>
        {item.shippedAt && (
          <Fact term="Shipped">{formatDate(item.shippedAt)}</Fact>
        )}
        {item.changelogEntryIds.length > 0 && (
          <Fact term="Changelog">
            <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
              {item.changelogEntryIds.map(id => (
                <Link key={id} to={links.changelogEntry(id)}>
                  {`Entry #${id}`}
                </Link>
              ))}
            </Box>
          </Fact>
        )}
      </dl>
      {item.description ? (
        <MarkdownContent content={item.description} />
      ) : (
        <Typography color="textSecondary">No description.</Typography>
      )}
    </InfoCard>
  );
}
