import { useMemo } from 'react';
import { EmptyState, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import {
  NpsScore,
  SurveyDepartmentResult,
  SurveyResults,
  SurveyTeamResult,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { DataTable } from '../shared/DataTable';
import { DocsButton } from '../shared/DocsButton';
import { HiddenFigure, useHiddenFiguresNote } from '../shared/HiddenFigure';
import { formatNps, formatPercent } from '../shared/format';

/** A row of the table: a team, or a department's teams not shown on their own. */
interface TeamRow {
  id: string;
  entityRef: string;
  title: string;
  /** The teams a department row combines. */
  teams?: string;
  audience: number;
  responses: number | null;
  responseRate: number | null;
  score?: NpsScore;
}

const teamRow = (team: SurveyTeamResult): TeamRow => ({
  ...team,
  id: team.teamRef,
  entityRef: team.teamRef,
});

const departmentRow = (
  department: SurveyDepartmentResult,
  title: string,
): TeamRow => ({
  ...department,
  id: department.departmentRef,
  entityRef: department.departmentRef,
  title,
  teams: department.teams.map(team => team.title).join(', '),
  responses: department.score.responses,
});

/**
 * Each audience team's answers, then per department the teams hidden on their own together.
 * Each answer counts for one team only (the first asked team the person is in); the server
 * hides a team's figures when too few answered, or when showing them would let a hidden
 * team's be worked out by subtraction, and sends a department's roll-up only under the same
 * rules.
 */
export function TeamResultsTable(props: { results: SurveyResults }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { teams, departments, minGroupSize } = props.results;
  const rows = useMemo(
    () => [
      ...teams.map(teamRow),
      ...departments.map(department =>
        departmentRow(
          department,
          t('surveys.teams.rollUp', { department: department.title }),
        ),
      ),
    ],
    [teams, departments, t],
  );
  const columns = useMemo((): TableColumn<TeamRow>[] => {
    const hidden = <HiddenFigure minGroupSize={minGroupSize} />;
    return [
      {
        title: t('surveys.teams.team'),
        field: 'title',
        highlight: true,
        render: row => (
          <>
            <EntityRefLink entityRef={row.entityRef}>{row.title}</EntityRefLink>
            {row.teams && (
              <Typography variant="caption" display="block">
                {row.teams}
              </Typography>
            )}
          </>
        ),
      },
      {
        title: t('surveys.teams.audience'),
        field: 'audience',
        type: 'numeric',
      },
      {
        title: t('surveys.teams.responses'),
        field: 'responses',
        type: 'numeric',
        render: team => team.responses ?? hidden,
      },
      {
        title: t('surveys.teams.responseRate'),
        field: 'responseRate',
        type: 'numeric',
        render: team =>
          team.responseRate === null
            ? hidden
            : formatPercent(team.responseRate),
      },
      {
        title: t('surveys.teams.nps'),
        field: 'score.nps',
        type: 'numeric',
        render: team => (team.score ? formatNps(team.score.nps) : hidden),
      },
    ];
  }, [t, minGroupSize]);

  return (
    <DataTable<TeamRow>
      title={t('surveys.teams.title')}
      subtitle={t('surveys.teams.subtitle', {
        note: hiddenFiguresNote(minGroupSize),
      })}
      options={{ paging: false, search: false, padding: 'dense' }}
      columns={columns}
      data={rows}
      emptyContent={
        <Box p={2}>
          <EmptyState
            missing="data"
            title={t('surveys.teams.empty.title')}
            description={t('surveys.teams.empty.description')}
            action={
              <DocsButton page="feedback" anchor="no-team-in-the-audience" />
            }
          />
        </Box>
      }
    />
  );
}
