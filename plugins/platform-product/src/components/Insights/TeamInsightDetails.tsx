import { EmptyState, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Grid,
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { TeamInsight } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { StatusChip } from '../shared/StatusChip';
import { DocsButton } from '../shared/DocsButton';
import { HiddenFigure, useHiddenFiguresNote } from '../shared/HiddenFigure';
import { CsvCell } from '../shared/csv';
import { formatAverage } from './format';
import { useInsightsLinks } from './links';

type TeamTool = TeamInsight['tools'][number];

/** The team's average of a tool; "—" in the unlikely case of shown ratings without one. */
const averageText = (tool: TeamTool) =>
  tool.averageRating === undefined
    ? '—'
    : `${formatAverage(tool.averageRating)} ★`;

/** The team's tools table as CSV rows, header first; hidden figures are empty. */
export const teamToolsCsv = (insight: TeamInsight): CsvCell[][] => [
  ['Tool', 'Ratings from the team', 'Average rating'],
  ...insight.tools.map(tool =>
    tool.ratingCount === null
      ? [tool.title, null, null]
      : [tool.title, tool.ratingCount, tool.averageRating],
  ),
];

function Heading(props: { children: string }) {
  return (
    <Typography variant="h6" component="h4" gutterBottom>
      {props.children}
    </Typography>
  );
}

function TeamTools(props: { insight: TeamInsight }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { tools, minGroupSize, title } = props.insight;
  if (!tools.length) {
    return (
      <EmptyState
        missing="data"
        title={t('insights.team.noTools.title')}
        description={t('insights.team.noTools.description')}
        action={<DocsButton page="insights" anchor="no-adoption" />}
      />
    );
  }
  const hidden = <HiddenFigure minGroupSize={minGroupSize} />;
  return (
    <>
      <Table
        size="small"
        aria-label={t('insights.team.adoptedBy', { team: title })}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('insights.fields.tool')}</TableCell>
            <TableCell align="right">
              {t('insights.team.ratingsFromTeam')}
            </TableCell>
            <TableCell align="right">
              {t('insights.fields.averageRating')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tools.map(tool => (
            <TableRow key={tool.toolRef}>
              <TableCell>
                <EntityRefLink entityRef={tool.toolRef} title={tool.title} />
              </TableCell>
              <TableCell align="right">{tool.ratingCount ?? hidden}</TableCell>
              <TableCell align="right">
                {tool.ratingCount === null ? hidden : averageText(tool)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box mt={1}>
        <Typography variant="caption" color="textSecondary" component="p">
          {t('insights.team.onePerPerson')} {hiddenFiguresNote(minGroupSize)}
        </Typography>
      </Box>
    </>
  );
}

/** One team: its size, the tools it adopts and how its people rate them, champions, feedback. */
export function TeamInsightDetails(props: { insight: TeamInsight }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { insight } = props;
  const links = useInsightsLinks();
  return (
    <>
      <Box mb={2}>
        <Typography>
          <EntityRefLink entityRef={insight.teamRef} title={insight.title} />
          {' · '}
          {t('insights.team.members', { count: insight.members })}
        </Typography>
      </Box>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <Heading>{t('insights.team.adopts')}</Heading>
          <TeamTools insight={insight} />
        </Grid>
        <Grid item xs={12} sm={6} md={3}>
          <Heading>{t('insights.team.champions')}</Heading>
          {insight.champions.length ? (
            <List dense disablePadding>
              {insight.champions.map(champion => (
                <ListItem key={champion.id} disableGutters>
                  <EntityRefLink entityRef={champion.userRef} />
                </ListItem>
              ))}
            </List>
          ) : (
            <Typography color="textSecondary">
              {t('insights.team.noChampion')}
            </Typography>
          )}
        </Grid>
        <Grid item xs={12} sm={6} md={3}>
          <Heading>{t('insights.team.openFeedback')}</Heading>
          {insight.openFeedback.length ? (
            <List dense disablePadding>
              {insight.openFeedback.map(item => (
                <ListItem key={item.id} disableGutters>
                  <ListItemText
                    primary={
                      <Link to={links.feedbackItem(item.id)}>{item.title}</Link>
                    }
                  />
                  <StatusChip status={item.status} />
                </ListItem>
              ))}
            </List>
          ) : (
            <Typography color="textSecondary">
              {t('insights.team.noOpenFeedback')}
            </Typography>
          )}
        </Grid>
      </Grid>
    </>
  );
}
