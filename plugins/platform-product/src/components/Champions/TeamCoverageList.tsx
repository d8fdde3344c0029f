import { useId } from 'react';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Button,
  List,
  ListItem,
  ListItemSecondaryAction,
  ListItemText,
  Typography,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TeamCoverage } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** A titled list of teams, e.g. those without a champion, each with an optional action. */
export function TeamCoverageList(props: {
  /** With the number of teams, e.g. "Teams without a champion (2)". */
  title: string;
  teams: TeamCoverage[];
  /** Shown instead of the list when there are no teams. */
  empty?: string;
  detail?: (team: TeamCoverage) => string;
  onNominate?: (teamRef: string) => void;
}) {
  const { teams, detail, onNominate } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  return (
    <Box mt={2}>
      <Typography variant="subtitle1" component="h4" id={id}>
        {props.title}
      </Typography>
      {teams.length ? (
        <List dense disablePadding aria-labelledby={id}>
          {teams.map(team => (
            <ListItem key={team.teamRef} disableGutters>
              <ListItemText
                primary={
                  <EntityRefLink entityRef={team.teamRef} hideIcon>
                    {team.title}
                  </EntityRefLink>
                }
                secondary={detail?.(team)}
              />
              {onNominate && (
                <ListItemSecondaryAction>
                  <Button size="small" onClick={() => onNominate(team.teamRef)}>
                    {t('champions.nominateSomeone')}
                  </Button>
                </ListItemSecondaryAction>
              )}
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {props.empty}
        </Typography>
      )}
    </Box>
  );
}
