import { useState } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, IconButton } from '@material-ui/core';
import CloseIcon from '@material-ui/icons/Close';
import Alert from '@material-ui/lab/Alert';
import { feedbackCreatePermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';

/**
 * Invites the reader to rate the one tool they have been using (from the tools' usage events)
 * and have neither rated nor dismissed lately; "Rate it" opens the tool's page, where its
 * rating card is. Renders nothing while loading, on error, or with nothing to ask.
 */
export function RatingPromptBanner() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  const [dismissed, setDismissed] = useState(false);
  const { value: prompt } = useAsync(
    async () => (allowed ? api.getRatingPrompt() : null),
    [api, allowed],
  );
  if (!prompt || dismissed) {
    return null;
  }
  const dismiss = () => {
    setDismissed(true);
    api.dismissRatingPrompt(prompt.toolRef).catch(() => {});
  };
  return (
    <Box mb={3}>
      <Alert
        severity="info"
        role="status"
        action={
          <>
            <RateItButton toolRef={prompt.toolRef} />
            <IconButton
              aria-label={t('feedback.ratingPrompt.dismiss')}
              title={t('feedback.ratingPrompt.dismissTitle')}
              color="inherit"
              size="small"
              onClick={dismiss}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
      >
        {t('feedback.ratingPrompt.text', {
          title: prompt.title,
          count: prompt.uses,
        })}
      </Alert>
    </Box>
  );
}

/** "Rate it": the tool's entity page, where its rating card is. */
function RateItButton(props: { toolRef: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const entityRoute = useRouteRef(entityRouteRef);
  const { kind, namespace, name } = parseEntityRef(props.toolRef);
  return (
    <Button
      color="inherit"
      size="small"
      component={Link}
      to={entityRoute({ kind, namespace, name })}
    >
      {t('feedback.ratingPrompt.rate')}
    </Button>
  );
}
