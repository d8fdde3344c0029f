import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  IndexableDocument,
  ResultHighlight,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import { Box, ListItemIcon, ListItemText, Typography } from '@material-ui/core';
import { ChangelogCategory } from 'backstage-plugin-platform-product-common';
import { ReactNode } from 'react';
import { platformProductTranslationRef } from '../../translation';
import { formatDate } from '../shared/format';
import { CategoryChip } from './CategoryChip';

/** @public */
export interface ChangelogSearchResultListItemProps {
  result?: IndexableDocument & {
    category?: string;
    publishedAt?: string;
  };
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
}

/** A changelog entry in the search results: title, category, date and the matching text. */
export function ChangelogSearchResultListItem(
  props: ChangelogSearchResultListItemProps,
) {
  const { result, highlight, icon } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!result) {
    return null;
  }
  const title = highlight?.fields.title ? (
    <HighlightedSearchResultText
      text={highlight.fields.title}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    result.title
  );
  const text = highlight?.fields.text ? (
    <HighlightedSearchResultText
      text={highlight.fields.text}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    result.text
  );
  return (
    // The search page wraps each result in a list item of its own.
    <Box display="flex" alignItems="flex-start" width="100%">
      {icon && <ListItemIcon>{icon as JSX.Element}</ListItemIcon>}
      <ListItemText
        primaryTypographyProps={{ component: 'div' }}
        secondaryTypographyProps={{ component: 'div' }}
        primary={<Link to={result.location}>{title}</Link>}
        secondary={
          <>
            <Typography variant="body2" color="textSecondary" component="p">
              {text}
            </Typography>
            <Box display="flex" alignItems="center" style={{ gap: 8 }} mt={1}>
              {result.category && (
                <CategoryChip category={result.category as ChangelogCategory} />
              )}
              {result.publishedAt && (
                <Typography variant="caption">
                  {t('changelog.search.caption', {
                    date: formatDate(result.publishedAt),
                  })}
                </Typography>
              )}
            </Box>
          </>
        }
      />
    </Box>
  );
}
