import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { ChangelogAudienceReason } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';

const reasons: ChangelogAudienceReason[] = ['adopters', 'voters', 'champions'];
/** Teams listed by name; the others are summed up. */
const TEAMS_SHOWN = 8;

/**
 * Who publishing the entry will notify: how many people, why (a person may have several
 * reasons), and which teams. Counts only: nobody is named.
 */
export function AudiencePreview(props: { entryId: number }) {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { value, loading, error } = useAsync(
    () => api.getChangelogAudience(props.entryId),
    [api, props.entryId],
  );
  if (loading) return <Progress />;
  if (error || !value) return <ResponseErrorPanel error={error!} />;
  const hidden = value.byTeam.slice(TEAMS_SHOWN);
  return (
    <section aria-label={t('changelog.audience.label')}>
      <Typography variant="subtitle1" component="p">
        {t('changelog.audience.total', { number: String(value.total) })}
      </Typography>
      <List dense aria-label={t('changelog.audience.reasons')}>
        {reasons.map(reason => (
          <ListItem key={reason}>
            <ListItemText
              primary={t(`changelog.audience.byReason.${reason}`, {
                number: String(value.byReason[reason]),
              })}
            />
          </ListItem>
        ))}
      </List>
      {value.byTeam.length > 0 && (
        <List dense aria-label={t('changelog.audience.teams')}>
          {value.byTeam.slice(0, TEAMS_SHOWN).map(team => (
            <ListItem key={team.teamRef}>
              <ListItemText
                primary={t('changelog.audience.team', {
                  team: team.title,
                  number: String(team.count),
                })}
              />
            </ListItem>
          ))}
          {hidden.length > 0 && (
            <ListItem>
              <ListItemText
                primary={t('changelog.audience.otherTeams', {
                  teams: String(hidden.length),
                  number: String(hidden.reduce((n, team) => n + team.count, 0)),
                })}
              />
            </ListItem>
          )}
        </List>
      )}
      {value.withoutTeam > 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('changelog.audience.withoutTeam', {
            number: String(value.withoutTeam),
          })}
        </Typography>
      )}
    </section>
  );
}
