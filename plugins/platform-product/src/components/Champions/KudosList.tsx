import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText } from '@material-ui/core';
import { Kudos } from 'backstage-plugin-platform-product-common';
import { RelativeTime } from '../shared/RelativeTime';

/** Kudos, each with who gave it to whom and when. */
export function KudosList(props: {
  kudos: Kudos[];
  label: string;
  /** Leave out the champion, e.g. on their own profile. */
  hideChampion?: boolean;
}) {
  return (
    <List dense disablePadding aria-label={props.label}>
      {props.kudos.map(kudos => (
        <ListItem key={kudos.id} disableGutters alignItems="flex-start">
          <ListItemText
            primary={kudos.message}
            secondary={
              <>
                <EntityRefLink entityRef={kudos.fromRef} hideIcon />
                {!props.hideChampion && (
                  <>
                    {' → '}
                    <EntityRefLink entityRef={kudos.championRef} hideIcon />
                  </>
                )}
                {' · '}
                <RelativeTime date={kudos.createdAt} />
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
