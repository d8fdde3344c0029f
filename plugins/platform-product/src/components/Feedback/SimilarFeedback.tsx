import { ReactNode, useState } from 'react';
import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import {
  FeedbackItem,
  SIMILAR_FEEDBACK_MIN_TITLE,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { SEARCH_DEBOUNCE_MS } from '../shared/SearchPicker';
import { useFeedbackOption } from '../shared/FeedbackItemPicker';
import { useFeedbackLinks } from '../shared/links';

/**
 * Existing feedback about the tool whose titles share words with `title` (from four
 * characters on, debounced): "is this what you mean?". Each links to the item, and `action`
 * adds what can be done with it here (+1 it, merge into it). Authors are never shown: an
 * anonymous item's author stays unknown.
 */
export function SimilarFeedback(props: {
  toolRef: string;
  title: string;
  /** The item being merged, which is not its own duplicate. */
  excludeId?: number;
  action: (item: FeedbackItem) => ReactNode;
}) {
  const { toolRef, excludeId, action } = props;
  const api = useApi(platformProductApiRef);
  const links = useFeedbackLinks();
  const option = useFeedbackOption();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [title, setTitle] = useState('');
  useDebounce(() => setTitle(props.title.trim()), SEARCH_DEBOUNCE_MS, [
    props.title,
  ]);
  const similar = useAsync(
    async () =>
      toolRef && title.length >= SIMILAR_FEEDBACK_MIN_TITLE
        ? api.similarFeedback({
            toolRef,
            title,
            excludeId: excludeId === undefined ? undefined : String(excludeId),
          })
        : [],
    [api, toolRef, title, excludeId],
  );
  const items = similar.value ?? [];

  return (
    <Box aria-live="polite" mt={1}>
      {items.length > 0 && (
        <>
          <Typography variant="subtitle2" id="similar-feedback-heading">
            {t('feedback.similar.heading')}
          </Typography>
          <List dense aria-labelledby="similar-feedback-heading">
            {items.map(item => (
              <ListItem key={item.id} disableGutters>
                <ListItemText
                  primary={<Link to={links.item(item.id)}>{item.title}</Link>}
                  secondary={option(item).detail}
                />
                {action(item)}
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
