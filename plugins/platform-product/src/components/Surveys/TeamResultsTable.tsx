import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import {
  SurveyResults,
  SurveyTeamResult,
} from 'backstage-plugin-platform-product-common';
import { formatNps, formatPercent } from './format';

/** Each audience team's answers; scores of small groups stay hidden to protect anonymity. */
export function TeamResultsTable(props: { results: SurveyResults }) {
  const { teams, minGroupSize } = props.results;
  const columns: TableColumn<SurveyTeamResult>[] = [
    {
      title: 'Team',
      field: 'title',
      highlight: true,
      render: team => (
        <EntityRefLink entityRef={team.teamRef}>{team.title}</EntityRefLink>
      ),
    },
    { title: 'Audience', field: 'audience', type: 'numeric' },
    { title: 'Responses', field: 'responses', type: 'numeric' },
    {
      title: 'Response rate',
      field: 'responseRate',
      type: 'numeric',
      render: team => formatPercent(team.responseRate),
    },
    {
      title: 'NPS',
      field: 'score.nps',
      type: 'numeric',
      render: team =>
        team.score ? (
          formatNps(team.score.nps)
        ) : (
          <Typography variant="body2" color="textSecondary" component="span">
            Hidden — fewer than {minGroupSize} answers
          </Typography>
        ),
    },
  ];

  return (
    <Table<SurveyTeamResult>
      title="By team"
      subtitle={`A team's NPS shows once at least ${minGroupSize} of its members answered`}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={teams}
      emptyContent={
        <Box p={2}>
          <Typography color="textSecondary">
            No team in the audience.
          </Typography>
        </Box>
      }
    />
  );
}
