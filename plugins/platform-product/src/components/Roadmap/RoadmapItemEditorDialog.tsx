import { useEffect, useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Checkbox, FormControlLabel, TextField } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import {
  RoadmapGoal,
  RoadmapItemDetail,
  roadmapLanes,
  Team,
} from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { useChangedMeanwhile } from '../../hooks/useChangedMeanwhile';
import { useLengthLimit } from '../../hooks/useLengthLimit';
import { useTeamsAndViewer } from '../../hooks/useTeams';
import { useTools } from '../../hooks/useTools';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { useFieldErrors } from '../shared/fieldErrors';
import { CriteriaFields } from './CriteriaFields';
import { FormDialog } from '../shared/FormDialog';
import { initialForm, ItemForm, toInput, toUpdate, validate } from './itemForm';
import { useLaneTitles } from '../shared/laneTitles';
import { RiceFields } from './RiceFields';

export interface RoadmapItemEditorDialogProps {
  /** The item to edit; creates a new one when unset. */
  item?: RoadmapItemDetail;
  onClose: () => void;
  onSaved: (item: RoadmapItemDetail) => void;
  /** Reloads the edited item, offered when someone else changed it meanwhile. */
  onReload?: () => void;
}

/** "Goal › Actor › Impact" for every impact of the impact map. */
function impactOptions(goals: RoadmapGoal[], teams: Team[]) {
  const teamTitle = (ref: string) =>
    teams.find(t => t.ref === ref)?.title ?? parseEntityRef(ref).name;
  return goals.flatMap(goal =>
    goal.actors.flatMap(actor =>
      actor.impacts.map(impact => ({
        id: impact.id,
        label: `${goal.title} › ${
          actor.teamRef ? teamTitle(actor.teamRef) : actor.persona
        } › ${impact.title}`,
      })),
    ),
  );
}

/** The editor's choices: the teams (and the reader's own), the tools and the impact map's goals. */
function useEditorChoices() {
  const api = useApi(platformProductApiRef);
  const people = useTeamsAndViewer();
  const tools = useTools();
  // The impacts of the first 100 goals (the most a page holds).
  const goals = useAsync(() => api.getRoadmapGoals({ limit: 100 }), [api]);
  const teams = people.value?.teams;
  const viewer = people.value?.viewer;
  return {
    loading: people.loading || tools.loading || goals.loading,
    error: people.error ?? tools.error ?? goals.error,
    teams: teams ?? [],
    noTeams: teams?.length === 0,
    ownTeam: teams?.find(team => viewer?.teamRefs.includes(team.ref)),
    tools: tools.tools,
    goals: goals.value?.items ?? [],
  };
}

/** Creates or edits a roadmap item: what, who, which tools, RICE inputs, success criteria. */
export function RoadmapItemEditorDialog(props: RoadmapItemEditorDialogProps) {
  const { item, onSaved } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  const id = useId();
  const [form, setForm] = useState(() => initialForm(item));
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? validate(form, { isNew: !item }) : {};
  const server = useFieldErrors();
  const changedMeanwhile = useChangedMeanwhile(item, {
    title: t('roadmap.fields.title'),
    description: t('roadmap.editor.description'),
    ownerRef: t('roadmap.fields.owningTeam'),
    toolRefs: t('roadmap.fields.tools'),
    reach: t('roadmap.rice.reach'),
    impact: t('roadmap.rice.impact'),
    confidence: t('roadmap.rice.confidence'),
    effort: t('roadmap.rice.effort'),
  });
  const titleLimit = useLengthLimit(form.title, 200);
  const descriptionLimit = useLengthLimit(form.description, 20_000);
  // The form's own check first, then the server's word on the field (a 400 names it).
  const fieldError = (field: 'title' | 'ownerRef') =>
    errors[field]
      ? t(`roadmap.validation.${errors[field]}`)
      : server.errors[field];
  const titleProblem = fieldError('title') ?? titleLimit.message;
  const descriptionProblem =
    server.errors.description ?? descriptionLimit.message;
  const choices = useEditorChoices();
  const { teams, tools, noTeams, ownTeam } = choices;
  const change = (patch: Partial<ItemForm>) =>
    setForm(f => ({ ...f, ...patch }));

  // A new item belongs to the maintainer's own team unless they choose another.
  useEffect(() => {
    if (!item && ownTeam) {
      setForm(f => (f.ownerRef ? f : { ...f, ownerRef: ownTeam.ref }));
    }
  }, [item, ownTeam]);

  const save = async () => {
    setSubmitted(true);
    if (Object.keys(validate(form, { isNew: !item })).length) {
      return;
    }
    onSaved(
      await server.capture(() =>
        item
          ? api.updateRoadmapItem(item.id, toUpdate(form, item.version))
          : api.createRoadmapItem(toInput(form)),
      ),
    );
  };

  const owners =
    form.ownerRef && !teams.some(team => team.ref === form.ownerRef)
      ? [...teams, { ref: form.ownerRef, title: form.ownerRef }]
      : teams;
  const field = {
    fullWidth: true,
    margin: 'normal',
    variant: 'outlined',
  } as const;
  const select = {
    ...field,
    select: true,
    SelectProps: { native: true },
    InputLabelProps: { shrink: true },
  } as const;

  return (
    <FormDialog
      title={
        item ? t('roadmap.editor.editTitle') : t('roadmap.editor.newTitle')
      }
      submitLabel={item ? t('roadmap.editor.save') : t('roadmap.editor.create')}
      onSubmit={save}
      onClose={props.onClose}
      onReload={props.onReload}
      fields={['title', 'description', 'ownerRef']}
      changedMeanwhile={changedMeanwhile}
      maxWidth="md"
    >
      {choices.error && (
        <Alert severity="warning">
          {t('roadmap.editor.loadFailed', {
            error: errorMessage(choices.error),
          })}
        </Alert>
      )}
      <TextField
        {...field}
        id={`${id}-title`}
        label={t('roadmap.fields.title')}
        value={form.title}
        onChange={e => change({ title: e.target.value })}
        error={!!titleProblem}
        helperText={titleProblem}
        inputProps={titleLimit.inputProps}
        required
      />
      <TextField
        {...field}
        id={`${id}-description`}
        label={t('roadmap.editor.description')}
        value={form.description}
        onChange={e => change({ description: e.target.value })}
        error={!!descriptionProblem}
        helperText={descriptionProblem ?? t('roadmap.editor.markdown')}
        inputProps={descriptionLimit.inputProps}
        multiline
        minRows={3}
      />
      <Box display="flex" flexWrap="wrap" style={{ columnGap: 16 }}>
        {!item && (
          <TextField
            {...select}
            id={`${id}-lane`}
            label={t('roadmap.fields.lane')}
            value={form.lane}
            onChange={e => change({ lane: e.target.value as ItemForm['lane'] })}
            style={{ flex: 1, minWidth: 160 }}
          >
            {roadmapLanes.map(lane => (
              <option key={lane} value={lane}>
                {laneTitles[lane]}
              </option>
            ))}
          </TextField>
        )}
        <TextField
          {...select}
          id={`${id}-owner`}
          label={t('roadmap.fields.owningTeam')}
          value={form.ownerRef}
          onChange={e => change({ ownerRef: e.target.value })}
          error={!!fieldError('ownerRef')}
          helperText={
            fieldError('ownerRef') ?? (noTeams && t('roadmap.catalog.noTeams'))
          }
          required
          style={{ flex: 2, minWidth: 200 }}
        >
          <option value="" disabled>
            {choices.loading
              ? t('roadmap.editor.loadingTeams')
              : t('roadmap.generic.chooseTeam')}
          </option>
          {owners.map(team => (
            <option key={team.ref} value={team.ref}>
              {team.title}
            </option>
          ))}
        </TextField>
      </Box>
      <Autocomplete
        id={`${id}-tools`}
        multiple
        filterSelectedOptions
        options={tools}
        loading={choices.loading}
        loadingText={t('roadmap.editor.loading')}
        noOptionsText={
          tools.length
            ? t('roadmap.editor.noOptions')
            : t('roadmap.catalog.noTools')
        }
        getOptionLabel={tool => tool.title}
        value={tools.filter(tool => form.toolRefs.includes(tool.ref))}
        onChange={(_, chosen) =>
          change({ toolRefs: chosen.map(tool => tool.ref) })
        }
        renderInput={params => (
          <TextField {...params} {...field} label={t('roadmap.fields.tools')} />
        )}
      />
      <Autocomplete
        id={`${id}-requesters`}
        multiple
        filterSelectedOptions
        options={teams}
        loading={choices.loading}
        loadingText={t('roadmap.editor.loading')}
        noOptionsText={
          teams.length
            ? t('roadmap.editor.noOptions')
            : t('roadmap.catalog.noTeams')
        }
        getOptionLabel={team => team.title}
        value={teams.filter(team => form.requestingTeamRefs.includes(team.ref))}
        onChange={(_, chosen) =>
          change({ requestingTeamRefs: chosen.map(team => team.ref) })
        }
        renderInput={params => (
          <TextField
            {...params}
            {...field}
            label={t('roadmap.editor.requesters')}
            helperText={t('roadmap.editor.requestersHelp')}
          />
        )}
      />
      <RiceFields
        form={form}
        errors={errors}
        itemId={item?.id}
        onChange={change}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={form.earlyAccess}
            onChange={e => change({ earlyAccess: e.target.checked })}
          />
        }
        label={t('roadmap.editor.earlyAccess')}
      />
      <TextField
        {...select}
        id={`${id}-map-impact`}
        label={t('roadmap.editor.impact')}
        value={form.impactId ?? ''}
        onChange={e =>
          change({
            impactId: e.target.value ? Number(e.target.value) : undefined,
          })
        }
        helperText={t('roadmap.editor.impactHelp')}
      >
        <option value="">{t('roadmap.generic.none')}</option>
        {impactOptions(choices.goals, teams).map(option => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </TextField>
      <CriteriaFields
        rows={form.criteria}
        errors={errors.criteria}
        onChange={criteria => change({ criteria })}
      />
    </FormDialog>
  );
}
