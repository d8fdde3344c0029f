import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import { DemandTeam } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/**
 * Teams behind an item, each with its number of people when given: shown from the minimum
 * group size, "fewer than N" below it (`people` null).
 */
export function DemandTeams(props: {
  label: string;
  teams: (Omit<DemandTeam, 'people'> & Partial<Pick<DemandTeam, 'people'>>)[];
  minGroupSize: number;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const text = (team: (typeof props.teams)[number]) => {
    if (team.people === undefined) return team.title;
    return team.people === null
      ? t('roadmap.evidence.smallTeam', {
          team: team.title,
          min: String(props.minGroupSize),
        })
      : t('roadmap.evidence.teamPeople', {
          team: team.title,
          people: String(team.people),
        });
  };
  return (
    <Box mb={2}>
      <Typography variant="subtitle2" component="h4">
        {props.label}
      </Typography>
      {props.teams.length ? (
        <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
          {props.teams.map(team => (
            <EntityRefLink
              key={team.teamRef}
              entityRef={team.teamRef}
              title={text(team)}
            />
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.evidence.noTeams')}
        </Typography>
      )}
    </Box>
  );
}
