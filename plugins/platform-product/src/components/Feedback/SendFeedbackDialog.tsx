import { FormEvent, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import {
  FeedbackInput,
  FeedbackItem,
  FeedbackKind,
  feedbackKinds,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { useLengthLimit } from '../../hooks/useLengthLimit';
import { errorMessage } from '../shared/errorMessage';
import { showsAllFieldErrors, useFieldErrors } from '../shared/fieldErrors';
import { SimilarFeedback } from './SimilarFeedback';
import { VoteButton } from './VoteButton';

const TITLE_MAX = 200;
const BODY_MAX = 10_000;

interface SendFeedbackDialogProps {
  open: boolean;
  /** Feedback about this tool only: the tool is preset and cannot be changed. */
  toolRef?: string;
  onClose: () => void;
  onSent: (item: FeedbackItem) => void;
}

/** The +1 of a suggested item, which keeps the item's latest state. */
function SuggestionVote(props: { item: FeedbackItem }) {
  const [item, setItem] = useState(props.item);
  return <VoteButton item={item} onVoted={setItem} />;
}

/** A form to send feedback or an idea about a platform tool, optionally anonymously. */
export function SendFeedbackDialog(props: SendFeedbackDialogProps) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="send-feedback-title"
      fullWidth
      maxWidth="sm"
    >
      {/* Mounted only while open, so every opening starts with an empty form. */}
      <SendFeedbackForm {...props} />
    </Dialog>
  );
}

function SendFeedbackForm(props: SendFeedbackDialogProps) {
  const { onClose, onSent } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const tools = useAsync(() => api.getTools(), [api]);
  const [toolRef, setToolRef] = useState(props.toolRef ?? '');
  const [kind, setKind] = useState<FeedbackKind>('feedback');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const titleLimit = useLengthLimit(title, TITLE_MAX);
  const bodyLimit = useLengthLimit(body, BODY_MAX);
  const [anonymous, setAnonymous] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const server = useFieldErrors();
  const [{ loading: sending, error }, send] = useAsyncFn(
    async (input: FeedbackInput) => {
      const item = await server.capture(() => api.sendFeedback(input));
      alertApi.post({
        message: t('feedback.send.sent'),
        severity: 'success',
        display: 'transient',
      });
      onSent(item);
    },
    [api, alertApi, onSent, t, server.capture],
  );

  // The form's own check first, then the server's word on the field (a 400 names it).
  const toolError =
    submitted && !toolRef
      ? t('feedback.send.toolRequired')
      : server.errors.toolRef;
  const titleError =
    submitted && !title.trim()
      ? t('feedback.send.titleRequired')
      : server.errors.title;
  const bodyError = server.errors.body ?? bodyLimit.message;
  const toolHelp = () => {
    if (toolError) return toolError;
    if (tools.error) {
      return t('feedback.send.toolsError', {
        error: errorMessage(tools.error),
      });
    }
    // Feedback is about a tool: without any, there is nothing to send.
    return tools.value?.length === 0 && !props.toolRef
      ? t('feedback.send.noTools')
      : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (toolRef && title.trim()) {
      send({
        toolRef,
        kind,
        title: title.trim(),
        body: body.trim(),
        anonymous,
      });
    }
  };

  const knownTool = tools.value?.some(tool => tool.ref === toolRef);
  return (
    <form onSubmit={submit} noValidate>
      <DialogTitle id="send-feedback-title">
        {t('feedback.sendFeedback')}
      </DialogTitle>
      <DialogContent>
        <TextField
          id="send-feedback-tool"
          label={t('feedback.tool')}
          value={toolRef}
          onChange={event => setToolRef(event.target.value)}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          disabled={!!props.toolRef}
          error={!!toolError || !!tools.error}
          helperText={toolHelp()}
          fullWidth
          margin="dense"
          variant="outlined"
        >
          <option value="" disabled>
            {t(
              tools.loading
                ? 'feedback.send.loadingTools'
                : 'feedback.send.chooseTool',
            )}
          </option>
          {toolRef && !knownTool && <option value={toolRef}>{toolRef}</option>}
          {tools.value?.map(tool => (
            <option key={tool.ref} value={tool.ref}>
              {tool.title}
            </option>
          ))}
        </TextField>
        <FormControl component="fieldset" margin="dense">
          <FormLabel component="legend">{t('feedback.send.kind')}</FormLabel>
          <RadioGroup
            row
            name="kind"
            value={kind}
            onChange={event => setKind(event.target.value as FeedbackKind)}
          >
            {feedbackKinds.map(k => (
              <FormControlLabel
                key={k}
                value={k}
                control={<Radio color="primary" />}
                label={t(`feedback.kinds.${k}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          id="send-feedback-title-field"
          label={t('feedback.title')}
          value={title}
          onChange={event => setTitle(event.target.value)}
          required
          error={!!(titleError ?? titleLimit.message)}
          helperText={
            titleError ?? titleLimit.message ?? `${title.length}/${TITLE_MAX}`
          }
          inputProps={titleLimit.inputProps}
          fullWidth
          margin="dense"
          variant="outlined"
        />
        <SimilarFeedback
          toolRef={toolRef}
          title={title}
          action={item => <SuggestionVote item={item} />}
        />
        <TextField
          id="send-feedback-body"
          label={t('feedback.send.details')}
          value={body}
          onChange={event => setBody(event.target.value)}
          error={!!bodyError}
          helperText={bodyError ?? t('feedback.markdownSupported')}
          inputProps={bodyLimit.inputProps}
          multiline
          minRows={5}
          fullWidth
          margin="dense"
          variant="outlined"
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={anonymous}
              onChange={event => setAnonymous(event.target.checked)}
              inputProps={{
                'aria-describedby': 'send-feedback-anonymous-help',
              }}
            />
          }
          label={t('feedback.send.anonymous')}
        />
        <FormHelperText id="send-feedback-anonymous-help">
          {t('feedback.send.anonymousHelp')}
        </FormHelperText>
        {error && !showsAllFieldErrors(error, ['toolRef', 'title', 'body']) && (
          <Alert severity="error" style={{ marginTop: 16 }}>
            {errorMessage(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('feedback.cancel')}</Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={sending}
        >
          {t('feedback.send.submit')}
        </Button>
      </DialogActions>
    </form>
  );
}
