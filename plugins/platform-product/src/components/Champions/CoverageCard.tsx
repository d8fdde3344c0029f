import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Box, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { headingTitle } from '../Feedback/headings';
import { DepartmentCoverage } from './DepartmentCoverage';
import { formatCoverage, formatTarget } from './format';
import { TeamCoverageList } from './TeamCoverageList';

/**
 * How many teams have a champion, against the target, by department; the teams without one
 * (with "Nominate someone" when `onNominate` is given) and those above the target.
 */
export function CoverageCard(props: {
  /** Changes whenever champions change: the coverage is loaded again. */
  version: number;
  onNominate?: (teamRef: string) => void;
}) {
  const api = useApi(platformProductApiRef);
  const { value, error } = useAsync(
    () => api.getChampionCoverage(),
    [api, props.version],
  );

  const content = () => {
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value) return <Progress />;
    const uncovered = value.teams.filter(t => t.state === 'uncovered');
    const above = value.teams.filter(t => t.state === 'above');
    return (
      <>
        <Box component="figure" m={0} aria-label="Coverage">
          <Typography variant="h4" component="p">
            {formatCoverage(value)}
          </Typography>
        </Box>
        <Typography color="textSecondary" gutterBottom>
          {formatTarget(value.target)}
        </Typography>
        <DepartmentCoverage departments={value.departments} />
        <TeamCoverageList
          title="Teams without a champion"
          teams={uncovered}
          empty="Every team has a champion."
          onNominate={props.onNominate}
        />
        {above.length > 0 && (
          <TeamCoverageList
            title="Teams above target"
            teams={above}
            detail={team => `${team.champions} champions`}
          />
        )}
      </>
    );
  };

  return (
    <InfoCard
      title="Coverage"
      subheader="Teams with at least one active champion"
      headerProps={headingTitle(3)}
    >
      {content()}
    </InfoCard>
  );
}
