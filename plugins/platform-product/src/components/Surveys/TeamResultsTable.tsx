import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import {
  SurveyResults,
  SurveyTeamResult,
} from 'backstage-plugin-platform-product-common';
import { HiddenFigure, useHiddenFiguresNote } from '../shared/HiddenFigure';
import { formatNps, formatPercent } from './format';

/**
 * Each audience team's answers. Each answer counts for one team only (the first asked team the
 * person is in); the server hides a team's figures when too few answered, or when showing them
 * would let a hidden team's be worked out by subtraction.
 */
export function TeamResultsTable(props: { results: SurveyResults }) {
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { teams, minGroupSize } = props.results;
  const hidden = <HiddenFigure minGroupSize={minGroupSize} />;
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
    {
      title: 'Responses',
      field: 'responses',
      type: 'numeric',
      render: team => team.responses ?? hidden,
    },
    {
      title: 'Response rate',
      field: 'responseRate',
      type: 'numeric',
      render: team =>
        team.responseRate === null ? hidden : formatPercent(team.responseRate),
    },
    {
      title: 'NPS',
      field: 'score.nps',
      type: 'numeric',
      render: team => (team.score ? formatNps(team.score.nps) : hidden),
    },
  ];

  return (
    <Table<SurveyTeamResult>
      title="By team"
      subtitle={`Each answer counts for one team: the first asked team the person is in. ${hiddenFiguresNote(
        minGroupSize,
      )}`}
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
