import { FormEvent, useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { Survey, SurveyInput } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { useTeams } from '../../hooks/useTeams';
import { useTools } from '../../hooks/useTools';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { showsAllFieldErrors, useFieldErrors } from '../shared/fieldErrors';
import { Form, initialForm, toInput, validate, withTool } from './surveyForm';

export interface SurveyEditorDialogProps {
  /** The survey to edit; creates a new one when unset. */
  survey?: Survey;
  onClose: () => void;
  onSaved: (survey: Survey) => void;
}

/** The request's fields the form shows, each with the server's word on it. */
const shownFields = (form: Form) => [
  'title',
  'question',
  'toolRef',
  ...(form.audience === 'chosen' ? ['teamRefs'] : []),
  'opensAt',
  'closesAt',
];

/** Creates or edits a survey campaign. Open while mounted. */
export function SurveyEditorDialog(props: SurveyEditorDialogProps) {
  const { survey, onClose, onSaved } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [form, setForm] = useState(() => initialForm(survey));
  const [submitted, setSubmitted] = useState(false);
  const server = useFieldErrors();
  // The form's own check first, then the server's word on each field (a 400 names it).
  const errors = { ...server.errors, ...(submitted ? validate(form, t) : {}) };
  const teamChoices = useTeams();
  const { tools, error: toolsError } = useTools();
  const teams = teamChoices.value ?? [];
  const choicesError = teamChoices.error ?? toolsError;
  const [{ loading: busy, error }, save] = useAsyncFn(
    async (input: SurveyInput) =>
      onSaved(
        await server.capture(() =>
          survey ? api.updateSurvey(survey.id, input) : api.createSurvey(input),
        ),
      ),
    [api, survey, onSaved, server.capture],
  );

  const change = (patch: Partial<Form>) => setForm(f => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!Object.keys(validate(form, t)).length) {
      save(toInput(form));
    }
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${id}-title`}>
          {survey
            ? t('surveys.editor.editTitle')
            : t('surveys.editor.newTitle')}
        </DialogTitle>
        <DialogContent>
          {choicesError && (
            <Alert severity="warning">
              {t('surveys.editor.choicesFailed', {
                error: errorMessage(choicesError),
              })}
            </Alert>
          )}
          <TextField
            id={`${id}-name`}
            label={t('surveys.editor.title')}
            value={form.title}
            onChange={e => change({ title: e.target.value })}
            error={!!errors.title}
            helperText={errors.title}
            inputProps={{ maxLength: 200 }}
            required
            fullWidth
            margin="normal"
            variant="outlined"
          />
          <TextField
            id={`${id}-question`}
            label={t('surveys.editor.question')}
            value={form.question}
            onChange={e => change({ question: e.target.value })}
            error={!!errors.question}
            helperText={errors.question ?? t('surveys.editor.questionHelp')}
            inputProps={{ maxLength: 500 }}
            required
            multiline
            fullWidth
            margin="normal"
            variant="outlined"
          />
          <TextField
            id={`${id}-tool`}
            label={t('surveys.editor.tool')}
            select
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            value={form.toolRef}
            onChange={e => setForm(f => withTool(f, e.target.value, tools))}
            error={!!errors.toolRef}
            helperText={errors.toolRef ?? t('surveys.editor.toolHelp')}
            fullWidth
            margin="normal"
            variant="outlined"
          >
            <option value="">{t('surveys.wholePlatform')}</option>
            {tools.map(tool => (
              <option key={tool.ref} value={tool.ref}>
                {tool.title}
              </option>
            ))}
          </TextField>
          <FormControl component="fieldset" margin="normal" fullWidth>
            <FormLabel component="legend">
              {t('surveys.editor.audience')}
            </FormLabel>
            <RadioGroup
              row
              value={form.audience}
              onChange={e =>
                change({ audience: e.target.value as Form['audience'] })
              }
            >
              <FormControlLabel
                value="all"
                control={<Radio />}
                label={t('surveys.audience.all')}
              />
              <FormControlLabel
                value="chosen"
                control={<Radio />}
                label={t('surveys.editor.chosenTeams')}
              />
            </RadioGroup>
          </FormControl>
          {form.audience === 'chosen' && (
            <Autocomplete
              id={`${id}-teams`}
              multiple
              filterSelectedOptions
              options={teams}
              loading={teamChoices.loading}
              loadingText={t('surveys.editor.loadingTeams')}
              noOptionsText={
                teams.length
                  ? t('surveys.editor.noTeamMatches')
                  : t('surveys.editor.noTeams')
              }
              getOptionLabel={team => team.title}
              value={teams.filter(team => form.teamRefs.includes(team.ref))}
              onChange={(_, chosen) =>
                change({ teamRefs: chosen.map(team => team.ref) })
              }
              renderInput={params => (
                <TextField
                  {...params}
                  label={t('surveys.editor.teams')}
                  error={!!errors.teamRefs}
                  helperText={errors.teamRefs}
                  variant="outlined"
                />
              )}
            />
          )}
          <Box display="flex" style={{ gap: 16 }}>
            <TextField
              id={`${id}-opens`}
              label={t('surveys.editor.opens')}
              type="datetime-local"
              value={form.opensAt}
              onChange={e => change({ opensAt: e.target.value })}
              error={!!errors.opensAt}
              helperText={errors.opensAt}
              InputLabelProps={{ shrink: true }}
              required
              fullWidth
              margin="normal"
              variant="outlined"
            />
            <TextField
              id={`${id}-closes`}
              label={t('surveys.editor.closes')}
              type="datetime-local"
              value={form.closesAt}
              onChange={e => change({ closesAt: e.target.value })}
              error={!!errors.closesAt}
              helperText={errors.closesAt}
              InputLabelProps={{ shrink: true }}
              required
              fullWidth
              margin="normal"
              variant="outlined"
            />
          </Box>
          {error && !showsAllFieldErrors(error, shownFields(form)) && (
            <Alert severity="error">
              {t('surveys.editor.saveFailed', { error: errorMessage(error) })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('surveys.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={busy}
          >
            {survey ? t('surveys.editor.save') : t('surveys.editor.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
