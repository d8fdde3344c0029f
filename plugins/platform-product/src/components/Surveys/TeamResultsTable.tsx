import { useMemo } from 'react';
import { EmptyState, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box } from '@material-ui/core';
import {
  SurveyResults,
  SurveyTeamResult,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { DataTable } from '../shared/DataTable';
import { DocsButton } from '../shared/DocsButton';
import { HiddenFigure, useHiddenFiguresNote } from '../shared/HiddenFigure';
import { formatNps, formatPercent } from './format';

/** A row of the table: a team's results, with its ref as the row's id. */
type TeamRow = SurveyTeamResult & { id: string };

/**
 * Each audience team's answers. Each answer counts for one team only (the first asked team the
 * person is in); the server hides a team's figures when too few answered, or when showing them
 * would let a hidden team's be worked out by subtraction.
 */
export function TeamResultsTable(props: { results: SurveyResults }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const hiddenFiguresNote = useHiddenFiguresNote();
  const { teams, minGroupSize } = props.results;
  const rows = useMemo(
    () => teams.map(team => ({ ...team, id: team.teamRef })),
    [teams],
  );
  const columns = useMemo((): TableColumn<TeamRow>[] => {
    const hidden = <HiddenFigure minGroupSize={minGroupSize} />;
    return [
      {
        title: t('surveys.teams.team'),
        field: 'title',
        highlight: true,
        render: team => (
          <EntityRefLink entityRef={team.teamRef}>{team.title}</EntityRefLink>
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
