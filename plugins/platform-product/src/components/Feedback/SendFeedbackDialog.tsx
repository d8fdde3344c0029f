import { FormEvent, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
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
import { errorMessage } from '../errorMessage';
import { kindLabels } from './format';

const TITLE_MAX = 200;
const BODY_MAX = 10_000;

interface SendFeedbackDialogProps {
  open: boolean;
  /** Feedback about this tool only: the tool is preset and cannot be changed. */
  toolRef?: string;
  onClose: () => void;
  onSent: (item: FeedbackItem) => void;
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
  const tools = useAsync(() => api.getTools(), [api]);
  const [toolRef, setToolRef] = useState(props.toolRef ?? '');
  const [kind, setKind] = useState<FeedbackKind>('feedback');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [{ loading: sending, error }, send] = useAsyncFn(
    async (input: FeedbackInput) => {
      const item = await api.sendFeedback(input);
      alertApi.post({
        message: 'Thanks — your feedback was sent',
        severity: 'success',
        display: 'transient',
      });
      onSent(item);
    },
    [api, alertApi, onSent],
  );

  const toolError = submitted && !toolRef ? 'A tool is required' : undefined;
  const titleError =
    submitted && !title.trim() ? 'Title is required' : undefined;

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
      <DialogTitle id="send-feedback-title">Send feedback</DialogTitle>
      <DialogContent>
        <TextField
          id="send-feedback-tool"
          label="Tool"
          value={toolRef}
          onChange={event => setToolRef(event.target.value)}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          disabled={!!props.toolRef}
          error={!!toolError || !!tools.error}
          helperText={
            toolError ??
            (tools.error &&
              `Could not load tools: ${errorMessage(tools.error)}`)
          }
          fullWidth
          margin="dense"
          variant="outlined"
        >
          <option value="" disabled>
            {tools.loading ? 'Loading tools…' : 'Choose a tool'}
          </option>
          {toolRef && !knownTool && <option value={toolRef}>{toolRef}</option>}
          {tools.value?.map(tool => (
            <option key={tool.ref} value={tool.ref}>
              {tool.title}
            </option>
          ))}
        </TextField>
        <FormControl component="fieldset" margin="dense">
          <FormLabel component="legend">Kind</FormLabel>
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
                label={kindLabels[k]}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          id="send-feedback-title-field"
          label="Title"
          value={title}
          onChange={event => setTitle(event.target.value)}
          required
          error={!!titleError}
          helperText={titleError ?? `${title.length}/${TITLE_MAX}`}
          inputProps={{ maxLength: TITLE_MAX }}
          fullWidth
          margin="dense"
          variant="outlined"
        />
        <TextField
          id="send-feedback-body"
          label="Details"
          value={body}
          onChange={event => setBody(event.target.value)}
          helperText="Markdown supported"
          inputProps={{ maxLength: BODY_MAX }}
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
          label="Send anonymously"
        />
        <FormHelperText id="send-feedback-anonymous-help">
          The platform team will not see who sent it. It will not appear under
          “Only mine” and you will not be notified of changes: bookmark it in
          the inbox to follow it.
        </FormHelperText>
        {error && (
          <Alert severity="error" style={{ marginTop: 16 }}>
            {errorMessage(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={sending}
        >
          Send
        </Button>
      </DialogActions>
    </form>
  );
}
