import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { Box } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { useTeamsAndViewer } from '../../hooks/useTeams';
import { platformProductTranslationRef } from '../../translation';
import { TeamOptions } from '../shared/TeamOptions';
import { DocsButton } from '../shared/DocsButton';
import { DownloadCsvButton } from '../shared/DownloadCsvButton';
import { FilterSelect } from '../shared/FilterSelect';
import { teamToolsCsv, TeamInsightDetails } from './TeamInsightDetails';
import { useInsightsParam } from './insightsParams';
import { SectionCard } from './SectionCard';

/**
 * One team at a time (the reader's first team by default): the tools it adopts with its
 * people's ratings (averages hidden below the minimum group size), its champions and feedback.
 */
export function TeamInsightCard() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const choices = useTeamsAndViewer();
  const [chosenRef, setChosenRef] = useInsightsParam('team');
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
      return (
        <EmptyState
          missing="data"
          title={t('insights.team.noTeams.title')}
          description={t('insights.team.noTeams.description')}
          action={<DocsButton page="insights" anchor="no-teams" />}
        />
      );
    }
    return <TeamInsightDetails insight={insight.value} />;
  };

  return (
    <SectionCard
      title={t('insights.team.title')}
      subheader={t('insights.team.subheader')}
      action={
        <DownloadCsvButton
          table={`${teamRef ? parseEntityRef(teamRef).name : 'team'}-tools`}
          rows={() => (insight.value ? teamToolsCsv(insight.value) : [])}
          disabled={insight.loading || !insight.value?.tools.length}
        />
      }
    >
      {choices.value && teamRef && (
        <Box mb={2}>
          <FilterSelect
            id="insights-team"
            label={t('insights.team.team')}
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
