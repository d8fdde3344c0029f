import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, makeStyles, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { DocsButton } from '../shared/DocsButton';
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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const people = (count: number) =>
    t('roadmap.counts.people', { count, people: formatNumber(count) });
  const asked = toolRefs.length > 0 || itemId !== undefined;
  const { value, loading, error } = useAsync(
    async () => (asked ? api.suggestReach({ toolRefs, itemId }) : undefined),
    [api, asked, toolRefs, itemId],
  );

  const content = () => {
    if (!asked) {
      return t('roadmap.reach.noTools');
    }
    if (error) {
      return t('roadmap.reach.failed', { error: errorMessage(error) });
    }
    if (loading || !value) {
      return t('roadmap.reach.asking');
    }
    return (
      <>
        <Typography variant="subtitle2" component="p">
          {t('roadmap.reach.suggested', { people: people(value.reach) })}
        </Typography>
        <Typography variant="caption" color="textSecondary" component="p">
          {t('roadmap.reach.explanation')}
        </Typography>
        {value.teams.length > 0 ? (
          <ul className={classes.teams}>
            {value.teams.map(team => (
              <li key={team.teamRef}>
                <Typography variant="body2">
                  {t('roadmap.reach.team', {
                    team: team.title,
                    people: people(team.people),
                    reasons: team.reasons
                      .map(reason => t(`roadmap.reach.reasons.${reason}`))
                      .join(', '),
                  })}
                </Typography>
              </li>
            ))}
          </ul>
        ) : (
          <Box my={1}>
            <Typography variant="body2" paragraph>
              {t('roadmap.reach.noAdopters')}
            </Typography>
            <DocsButton page="architecture" anchor="adoption" />
          </Box>
        )}
        <Button
          size="small"
          variant="outlined"
          color="primary"
          onClick={() => onUse(value.reach)}
        >
          {t('roadmap.reach.use')}
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
