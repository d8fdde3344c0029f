import { FormEvent, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Button, TextField } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/** A reply in an item's thread, by a maintainer or by the item's author. */
export function ReplyForm(props: {
  item: FeedbackItem;
  onReplied: () => void;
}) {
  const { item, onReplied } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [body, setBody] = useState('');
  const [{ loading, error }, reply] = useAsyncFn(
    async (text: string) => {
      await api.replyToFeedback(item.id, text);
      setBody('');
      onReplied();
    },
    [api, item.id, onReplied],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) reply(body.trim());
  };

  return (
    <Box component="form" onSubmit={submit} mt={2}>
      <TextField
        id="feedback-reply"
        label={t('feedback.reply.label')}
        value={body}
        onChange={event => setBody(event.target.value)}
        helperText={
          // The server posts the author's replies as the author, even if they are a maintainer.
          !item.mine
            ? t('feedback.markdownSupported')
            : t(
                item.anonymous
                  ? 'feedback.reply.helpAnonymousAuthor'
                  : 'feedback.reply.helpAuthor',
              )
        }
        inputProps={{ maxLength: 10_000 }}
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
        disabled={loading}
      />
      {error && (
        <Alert severity="error" style={{ marginTop: 8 }}>
          {errorMessage(error)}
        </Alert>
      )}
      <Box mt={1}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={loading || !body.trim()}
        >
          {t('feedback.reply.send')}
        </Button>
      </Box>
    </Box>
  );
}
