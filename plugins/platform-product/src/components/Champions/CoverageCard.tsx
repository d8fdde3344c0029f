import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Typography } from '@material-ui/core';
import {
  ChampionCoverage,
  TeamCoverage,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { DocsButton } from '../shared/DocsButton';
import { formatPercent } from '../shared/format';
import { DepartmentCoverage } from './DepartmentCoverage';
import { TeamCoverageList } from './TeamCoverageList';

/** "9 of 13 teams have a champion (69 %)" and "target: 1–2 per team". */
function CoverageFigures(props: { coverage: ChampionCoverage }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { coveredTeams, eligibleTeams, target } = props.coverage;
  const range = { min: String(target.min), max: String(target.max) };
  return (
    <>
      <Box component="figure" m={0} aria-label={t('champions.coverage.title')}>
        <Typography variant="h4" component="p">
          {t('champions.coverage.figure', {
            covered: String(coveredTeams),
            eligible: String(eligibleTeams),
            percent: formatPercent(coveredTeams / eligibleTeams),
          })}
        </Typography>
      </Box>
      <Typography color="textSecondary" gutterBottom>
        {target.min === target.max
          ? t('champions.coverage.targetExact', range)
          : t('champions.coverage.target', range)}
      </Typography>
    </>
  );
}

/**
 * How many teams have a champion, against the target, by department; the teams without one
 * (with "Nominate someone" when `onNominate` is given) and those above the target.
 */
export function CoverageCard(props: {
  /** Changes whenever champions change: the coverage is loaded again. */
  version: number;
  onNominate?: (teamRef: string) => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { value, error } = useAsync(
    () => api.getChampionCoverage(),
    [api, props.version],
  );

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    if (!value.eligibleTeams) {
      return (
        <EmptyState
          missing="data"
          title={t('champions.coverage.noTeams.title')}
          description={t('champions.coverage.noTeams.description')}
          action={
            <DocsButton page="champions" anchor="which-groups-are-teams" />
          }
        />
      );
    }
    const uncovered = value.teams.filter(team => team.state === 'uncovered');
    const below = value.teams.filter(team => team.state === 'below');
    const above = value.teams.filter(team => team.state === 'above');
    const detail = (team: TeamCoverage) =>
      t('champions.coverage.champions', { count: team.champions });
    return (
      <>
        <CoverageFigures coverage={value} />
        <DepartmentCoverage departments={value.departments} />
        <TeamCoverageList
          title={t('champions.coverage.uncovered', {
            total: String(uncovered.length),
          })}
          teams={uncovered}
          empty={t('champions.coverage.allCovered')}
          onNominate={props.onNominate}
        />
        {below.length > 0 && (
          <TeamCoverageList
            title={t('champions.coverage.below', {
              total: String(below.length),
            })}
            teams={below}
            detail={detail}
            onNominate={props.onNominate}
          />
        )}
        {above.length > 0 && (
          <TeamCoverageList
            title={t('champions.coverage.above', {
              total: String(above.length),
            })}
            teams={above}
            detail={detail}
          />
        )}
      </>
    );
  };

  return (
    <InfoCard
      title={t('champions.coverage.title')}
      subheader={t('champions.coverage.subheader')}
      headerProps={headingTitle(3)}
    >
      {content()}
    </InfoCard>
  );
}
