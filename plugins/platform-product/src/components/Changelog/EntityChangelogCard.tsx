import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Chip, List, ListItem, ListItemText } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { formatDate } from '../shared/format';
import { DocsButton } from '../shared/DocsButton';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { CategoryChip } from './CategoryChip';
import { useChangelogLinks } from '../shared/links';

const LIMIT = 5;

/** A tool's entity page: its latest changelog entries, marked "Unread" for the reader. */
export function EntityChangelogCard(props: { title?: string }) {
  return (
    <PlatformToolOnly>
      <ToolChangelog title={props.title} />
    </PlatformToolOnly>
  );
}

function ToolChangelog(props: { title?: string }) {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const links = useChangelogLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={props.title ?? t('changelog.title')}
      subheader={t('changelog.latest.subheader')}
      deepLink={{
        title: t('changelog.latest.allForTool'),
        link: links.changelog({ toolRef }),
      }}
    >
      <LatestChanges
        toolRef={toolRef}
        emptyTitle={t('changelog.latest.emptyForTool')}
        emptyDescription={t('changelog.latest.emptyForToolDescription')}
      />
    </InfoCard>
  );
}

/**
 * The latest published changelog entries (of one tool, or of all), newest first, each linking to
 * its permalink and marked "Unread" when published since the reader's last visit. Without any,
 * says where entries come from.
 */
export function LatestChanges(props: {
  toolRef?: string;
  limit?: number;
  emptyTitle: string;
  emptyDescription: string;
}) {
  const { toolRef, limit = LIMIT } = props;
  const api = useApi(platformProductApiRef);
  const links = useChangelogLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);

  const { value, loading, error } = useAsync(
    () => api.listChangelog({ ...(toolRef ? { toolRef } : {}), limit }),
    [api, toolRef, limit],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value?.items.length) {
    return (
      <EmptyState
        missing="content"
        title={props.emptyTitle}
        description={props.emptyDescription}
        action={<DocsButton page="changelog" anchor="writing-and-publishing" />}
      />
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
                  <Chip
                    size="small"
                    color="secondary"
                    label={t('changelog.entry.unread')}
                  />
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
