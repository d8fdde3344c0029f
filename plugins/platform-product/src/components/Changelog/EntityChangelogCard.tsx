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
import { CategoryChip } from './CategoryChip';
import { useChangelogLinks } from './links';

const LIMIT = 5;

/** A tool's entity page: its latest changelog entries, marked "New" for the reader. */
export function EntityChangelogCard() {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const links = useChangelogLinks();
  const { value, loading, error } = useAsync(
    () => api.listChangelog({ toolRef, limit: LIMIT }),
    [api, toolRef],
  );

  const content = () => {
    if (loading) return <Progress />;
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value?.items.length) {
      return (
        <Typography color="textSecondary">
          No changes announced for this tool yet.
        </Typography>
      );
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
  };

  return (
    <InfoCard
      title="Changelog"
      subheader="Latest changes to this tool"
      deepLink={{
        title: 'All changes to this tool',
        link: links.changelog({ toolRef }),
      }}
    >
      {content()}
    </InfoCard>
  );
}
