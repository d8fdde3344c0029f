import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
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
import { FormDialog } from './FormDialog';

/** Adds an actor to a goal: a team from the catalog, or a persona such as "new joiners". */
export function AddActorDialog(props: {
  goal: RoadmapGoal;
  teams: Team[];
  onClose: () => void;
  onAdded: () => void;
}) {
  const { goal, teams, onAdded } = props;
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [kind, setKind] = useState<'team' | 'persona'>('team');
  const [teamRef, setTeamRef] = useState('');
  const [persona, setPersona] = useState('');
  const ready = kind === 'team' ? !!teamRef : !!persona.trim();

  return (
    <FormDialog
      title={`Add an actor to “${goal.title}”`}
      submitLabel="Add actor"
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
          Who can help or hinder the goal?
        </FormLabel>
        <RadioGroup
          row
          value={kind}
          onChange={e => setKind(e.target.value as 'team' | 'persona')}
        >
          <FormControlLabel value="team" control={<Radio />} label="A team" />
          <FormControlLabel
            value="persona"
            control={<Radio />}
            label="A persona"
          />
        </RadioGroup>
      </FormControl>
      {kind === 'team' ? (
        <TextField
          id={`${id}-team`}
          label="Team"
          value={teamRef}
          onChange={e => setTeamRef(e.target.value)}
          select
          SelectProps={{ native: true }}
          InputLabelProps={{ shrink: true }}
          required
          fullWidth
          variant="outlined"
        >
          <option value="" disabled>
            Choose a team
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
          label="Persona"
          value={persona}
          onChange={e => setPersona(e.target.value)}
          helperText="e.g. “New joiners” or “Data scientists”"
          inputProps={{ maxLength: 100 }}
          required
          fullWidth
          variant="outlined"
        />
      )}
    </FormDialog>
  );
}
