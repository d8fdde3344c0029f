import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button } from '@material-ui/core';
import { platformProductTranslationRef } from '../../translation';

/** "Load more" under a list read by cursor; nothing when there is no more (`onClick` unset). */
export function LoadMoreButton(props: {
  onClick?: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (!props.onClick) {
    return null;
  }
  return (
    <Box mt={1} ml={1}>
      <Button size="small" disabled={props.disabled} onClick={props.onClick}>
        {t('common.loadMore')}
      </Button>
    </Box>
  );
}
