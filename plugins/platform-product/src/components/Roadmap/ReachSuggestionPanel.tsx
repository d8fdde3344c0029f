import { useApi } from '@backstage/core-plugin-api';
import { Box, Button, makeStyles, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { errorMessage } from '../errorMessage';
import { formatNumber } from './format';

const useStyles = makeStyles(theme => ({
  panel: {
    padding: theme.spacing(1.5),
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  teams: {
    margin: theme.spacing(0.5, 0, 1),
    paddingLeft: theme.spacing(2.5),
  },
}));

const people = (count: number) =>
  `${formatNumber(count)} ${count === 1 ? 'person' : 'people'}`;

/**
 * The reach the catalog suggests for these tools (and the item's voters), asked again whenever
 * the tools change, with the teams it counts and a button to use it.
 */
export function ReachSuggestionPanel(props: {
  toolRefs: string[];
  itemId?: number;
  onUse: (reach: number) => void;
}) {
  const { toolRefs, itemId, onUse } = props;
  const api = useApi(platformProductApiRef);
  const classes = useStyles();
  const asked = toolRefs.length > 0 || itemId !== undefined;
  const { value, loading, error } = useAsync(
    async () => (asked ? api.suggestReach({ toolRefs, itemId }) : undefined),
    [api, asked, toolRefs, itemId],
  );

  const content = () => {
    if (!asked) {
      return 'Link tools to get a suggestion from the catalog.';
    }
    if (error) {
      return `Could not suggest a reach: ${errorMessage(error)}`;
    }
    if (loading || !value) {
      return 'Asking the catalog…';
    }
    return (
      <>
        <Typography variant="subtitle2" component="p">
          Suggested from the catalog: {people(value.reach)}
        </Typography>
        <Typography variant="caption" color="textSecondary" component="p">
          Members of the teams that adopt these tools or voted for the item,
          each counted once.
        </Typography>
        {value.teams.length > 0 && (
          <ul className={classes.teams}>
            {value.teams.map(team => (
              <li key={team.teamRef}>
                <Typography variant="body2">
                  {`${team.title}: ${people(team.people)} (${team.reasons.join(
                    ', ',
                  )})`}
                </Typography>
              </li>
            ))}
          </ul>
        )}
        <Button
          size="small"
          variant="outlined"
          color="primary"
          onClick={() => onUse(value.reach)}
        >
          Use suggested reach
        </Button>
      </>
    );
  };

  return (
    <Box className={classes.panel} aria-live="polite">
      {content()}
    </Box>
  );
}
