import { useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { Box, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { TeamOptions } from '../Champions/TeamOptions';
import { DownloadCsvButton } from './DownloadCsvButton';
import { FilterSelect } from '../FilterSelect';
import { teamToolsCsv, TeamInsightDetails } from './TeamInsightDetails';
import { SectionCard } from './SectionCard';

/**
 * One team at a time (the reader's first team by default): the tools it adopts with its
 * people's ratings (averages hidden below the minimum group size), its champions and feedback.
 */
export function TeamInsightCard() {
  const api = useApi(platformProductApiRef);
  const choices = useAsync(async () => {
    const [teams, viewer] = await Promise.all([
      api.getTeams(),
      api.getViewer(),
    ]);
    return { teams, viewer };
  }, [api]);
  const [chosenRef, setChosenRef] = useState<string>();
  const teamRef =
    chosenRef ??
    choices.value?.viewer.teamRefs[0] ??
    choices.value?.teams[0]?.ref;
  const insight = useAsync(
    async () => (teamRef ? api.getTeamInsight(teamRef) : undefined),
    [api, teamRef],
  );

  const content = () => {
    const error = choices.error ?? insight.error;
    if (error) return <ResponseErrorPanel error={error} />;
    if (choices.loading || insight.loading) return <Progress />;
    if (!insight.value) {
      return <Typography color="textSecondary">No teams found.</Typography>;
    }
    return <TeamInsightDetails insight={insight.value} />;
  };

  return (
    <SectionCard
      title="Per team"
      subheader="What a team adopts and how its people rate it; a team's average shows from the minimum group size on"
      action={
        <DownloadCsvButton
          fileName={`${
            teamRef ? parseEntityRef(teamRef).name : 'team'
          }-tools.csv`}
          rows={() => (insight.value ? teamToolsCsv(insight.value) : [])}
          disabled={insight.loading || !insight.value?.tools.length}
        />
      }
    >
      {choices.value && teamRef && (
        <Box mb={2}>
          <FilterSelect
            id="insights-team"
            label="Team"
            value={teamRef}
            onChange={setChosenRef}
          >
            <TeamOptions
              teams={choices.value.teams}
              yourTeamRefs={choices.value.viewer.teamRefs}
              selectedRef={teamRef}
            />
          </FilterSelect>
        </Box>
      )}
      {content()}
    </SectionCard>
  );
}
