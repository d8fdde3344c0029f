import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import { RoadmapGoal, Team } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';

/** Adds an actor to a goal: a team from the catalog, or a persona such as "new joiners". */
export function AddActorDialog(props: {
  goal: RoadmapGoal;
  teams: Team[];
  onClose: () => void;
  onAdded: () => void;
}) {
  const { goal, teams, onAdded } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [kind, setKind] = useState<'team' | 'persona'>('team');
  const [teamRef, setTeamRef] = useState('');
  const [persona, setPersona] = useState('');
  const ready = kind === 'team' ? !!teamRef : !!persona.trim();

  return (
    <FormDialog
      title={t('roadmap.impactMap.actorDialog.title', { goal: goal.title })}
      submitLabel={t('roadmap.impactMap.addActor')}
      canSubmit={ready}
      onSubmit={async () => {
        await api.addGoalActor(
          goal.id,
          kind === 'team' ? { teamRef } : { persona: persona.trim() },
        );
        onAdded();
      }}
      onClose={props.onClose}
    >
      <FormControl component="fieldset" margin="normal">
        <FormLabel component="legend">
          {t('roadmap.impactMap.actorDialog.question')}
        </FormLabel>
        <RadioGroup
          row
          value={kind}
          onChange={e => setKind(e.target.value as 'team' | 'persona')}
        >
          <FormControlLabel
            value="team"
            control={<Radio />}
            label={t('roadmap.impactMap.actorDialog.team')}
          />
          <FormControlLabel
            value="persona"
            control={<Radio />}
            label={t('roadmap.impactMap.actorDialog.persona')}
          />
        </RadioGroup>
      </FormControl>
      {kind === 'team' ? (
        <TextField
          id={`${id}-team`}
          label={t('roadmap.impactMap.actorDialog.teamLabel')}
          value={teamRef}
          onChange={e => setTeamRef(e.target.value)}
          helperText={teams.length ? undefined : t('roadmap.catalog.noTeams')}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          required
          fullWidth
          variant="outlined"
        >
          <option value="" disabled>
            {t('roadmap.generic.chooseTeam')}
          </option>
          {teams.map(team => (
            <option key={team.ref} value={team.ref}>
              {team.title}
            </option>
          ))}
        </TextField>
      ) : (
        <TextField
          id={`${id}-persona`}
          label={t('roadmap.impactMap.actorDialog.personaLabel')}
          value={persona}
          onChange={e => setPersona(e.target.value)}
          helperText={t('roadmap.impactMap.actorDialog.personaHelp')}
          inputProps={{ maxLength: 100 }}
          required
          fullWidth
          variant="outlined"
        />
      )}
    </FormDialog>
  );
}
