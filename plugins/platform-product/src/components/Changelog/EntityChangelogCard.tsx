import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  Box,
  Chip,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { formatDate } from '../Surveys/format';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { CategoryChip } from './CategoryChip';
import { useChangelogLinks } from './links';

const LIMIT = 5;

/** A tool's entity page: its latest changelog entries, marked "New" for the reader. */
export function EntityChangelogCard(props: { title?: string }) {
  return (
    <PlatformToolOnly>
      <ToolChangelog title={props.title ?? 'Changelog'} />
    </PlatformToolOnly>
  );
}

function ToolChangelog(props: { title: string }) {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const links = useChangelogLinks();
  return (
    <InfoCard
      title={props.title}
      subheader="Latest changes to this tool"
      deepLink={{
        title: 'All changes to this tool',
        link: links.changelog({ toolRef }),
      }}
    >
      <LatestChanges
        toolRef={toolRef}
        emptyText="No changes announced for this tool yet."
      />
    </InfoCard>
  );
}

/**
 * The latest published changelog entries (of one tool, or of all), newest first, each linking to
 * its permalink and marked "New" when published since the reader's last visit.
 */
export function LatestChanges(props: {
  toolRef?: string;
  limit?: number;
  emptyText: string;
}) {
  const { toolRef, limit = LIMIT } = props;
  const api = useApi(platformProductApiRef);
  const links = useChangelogLinks();
  const { value, loading, error } = useAsync(
    () => api.listChangelog({ ...(toolRef ? { toolRef } : {}), limit }),
    [api, toolRef, limit],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value?.items.length) {
    return <Typography color="textSecondary">{props.emptyText}</Typography>;
  }
  return (
    <List dense disablePadding>
      {value.items.map(entry => (
        <ListItem key={entry.id} disableGutters>
          <ListItemText
            primary={
              <Box
                display="flex"
                flexWrap="wrap"
                alignItems="center"
                style={{ gap: 8 }}
              >
                <Link to={links.entry(entry.id)}>{entry.title}</Link>
                {entry.isNew && (
                  <Chip size="small" color="secondary" label="New" />
                )}
              </Box>
            }
            secondary={entry.publishedAt && formatDate(entry.publishedAt)}
            primaryTypographyProps={{ component: 'div' }}
          />
          <CategoryChip category={entry.category} />
        </ListItem>
      ))}
    </List>
  );
}
