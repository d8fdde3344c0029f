import { Fragment, useId } from 'react';
import { Link, MarkdownContent } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Card,
  CardActions,
  CardContent,
  Chip,
  Typography,
} from '@material-ui/core';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDate, formatDateTime } from '../shared/format';
import { BeforeAfter } from './BeforeAfter';
import { CategoryChip } from './CategoryChip';
import { HelpfulButton } from './HelpfulButton';
import { useChangelogLinks } from '../shared/links';

/** Where the entry is shown: in a list (title links to the permalink), on it, or previewed. */
export type EntryContext = 'list' | 'permalink' | 'preview';

function PublicationDate(props: { entry: ChangelogEntry }) {
  const { status, publishedAt, publishAt } = props.entry;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (status === 'published' && publishedAt) {
    return t('changelog.entry.published', {
      date: <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>,
    });
  }
  if (status === 'scheduled' && publishAt) {
    return t('changelog.entry.scheduledFor', {
      date: <time dateTime={publishAt}>{formatDateTime(publishAt)}</time>,
    });
  }
  return <>{t('changelog.entry.draft')}</>;
}

/**
 * A changelog entry as readers see it: category, title, date, tools, the markdown body (never
 * raw HTML), an optional before/after example, the roadmap items it ships and "Helpful".
 */
export function ChangelogEntryView(props: {
  entry: ChangelogEntry;
  headingLevel: 2 | 3 | 4;
  context: EntryContext;
  /** Receives the entry after the reader marked it helpful (or took that back). */
  onChanged?: (entry: ChangelogEntry) => void;
}) {
  const { entry, context } = props;
  const titleId = useId();
  const links = useChangelogLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Card component="article" aria-labelledby={titleId}>
      <CardContent>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          mb={1}
          style={{ gap: 8 }}
        >
          <CategoryChip category={entry.category} />
          {entry.isNew && (
            <Chip
              size="small"
              color="secondary"
              label={t('changelog.entry.unread')}
            />
          )}
          {entry.earlyAccess && (
            <Chip
              size="small"
              variant="outlined"
              label={t('changelog.entry.earlyAccess')}
            />
          )}
        </Box>
        <Typography
          id={titleId}
          variant="h6"
          component={`h${props.headingLevel}`}
        >
          {context === 'list' ? (
            <Link to={links.entry(entry.id)}>{entry.title}</Link>
          ) : (
            entry.title
          )}
        </Typography>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          <PublicationDate entry={entry} />
          {entry.toolRefs.map((ref, index) => (
            <Fragment key={ref}>
              {index === 0 ? ' · ' : ', '}
              <EntityRefLink entityRef={ref} hideIcon />
            </Fragment>
          ))}
        </Typography>
        {entry.body && <MarkdownContent content={entry.body} />}
        <BeforeAfter before={entry.before} after={entry.after} />
        {entry.roadmapItemIds.length > 0 && (
          <Box display="flex" flexWrap="wrap" mt={1} style={{ gap: 16 }}>
            {entry.roadmapItemIds.map(id => (
              <Link key={id} to={links.roadmapItem(id)}>
                {t('changelog.entry.shipsRoadmapItem', { id: String(id) })}
              </Link>
            ))}
          </Box>
        )}
      </CardContent>
      <CardActions>
        <HelpfulButton
          entry={entry}
          disabled={context === 'preview'}
          onChanged={updated => props.onChanged?.(updated)}
        />
      </CardActions>
    </Card>
  );
}
