import { useId, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { useTeamsAndViewer } from '../../hooks/useTeams';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { useFieldErrors } from '../shared/fieldErrors';
import { FormDialog } from '../shared/FormDialog';
import { DocsButton } from '../shared/DocsButton';
import { FocusAreasField } from './FocusAreasField';
import { PersonOption, PersonPicker } from '../shared/PersonPicker';
import { TeamOptions } from '../shared/TeamOptions';
import {
  NominationForm,
  REASON_MAX_LENGTH,
  toInput,
  validate,
} from './nominationForm';

const field = {
  fullWidth: true,
  margin: 'normal',
  variant: 'outlined',
} as const;

/**
 * Nominates a champion: yourself (the default) or a teammate, for one of their teams. The
 * server checks that the person is a member of the team. Open while mounted.
 */
export function NominateDialog(props: {
  /** Presets the team, e.g. from the list of teams without a champion. */
  teamRef?: string;
  onClose: () => void;
  onNominated: (nomination: Nomination) => void;
}) {
  const { onNominated } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const id = useId();
  const choices = useTeamsAndViewer();
  const viewer = choices.value?.viewer;
  // Unset until changed: the defaults (your first team, yourself) arrive with the viewer.
  const [teamRef, setTeamRef] = useState(props.teamRef);
  const [person, setPerson] = useState<PersonOption | null>();
  const [reason, setReason] = useState('');
  const [focusAreas, setFocusAreas] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const yourself: PersonOption | undefined = viewer && {
    key: viewer.userRef,
    title: t('champions.nominate.yourself', { ref: viewer.userRef }),
  };
  const nominee = person === undefined ? yourself : person ?? undefined;
  const form: NominationForm = {
    teamRef: teamRef ?? viewer?.teamRefs[0] ?? '',
    person: nominee?.key ?? '',
    reason,
    focusAreas,
  };
  const errors = submitted ? validate(form, t) : {};
  const server = useFieldErrors();

  const nominate = async () => {
    setSubmitted(true);
    if (Object.keys(validate(form, t)).length) {
      return;
    }
    const nomination = await server.capture(() =>
      api.nominateChampion(toInput(form)),
    );
    alertApi.post({
      message: t('champions.nominate.sent'),
      severity: 'success',
      display: 'transient',
    });
    onNominated(nomination);
  };

  return (
    <FormDialog
      title={t('champions.nominate.title')}
      submitLabel={t('champions.nominate.submit')}
      onSubmit={nominate}
      onClose={props.onClose}
      maxWidth="sm"
      fields={['teamRef', 'nomineeRef', 'reason']}
    >
      {choices.error && (
        <Alert severity="warning">
          {t('champions.nominate.loadError', {
            error: errorMessage(choices.error),
          })}
        </Alert>
      )}
      {choices.value?.teams.length === 0 && (
        <Alert
          severity="info"
          action={
            <DocsButton page="champions" anchor="which-groups-are-teams" />
          }
        >
          {t('champions.nominate.noTeams')}
        </Alert>
      )}
      <TextField
        {...field}
        id={`${id}-team`}
        label={t('champions.fields.team')}
        value={form.teamRef}
        onChange={e => setTeamRef(e.target.value)}
        select
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        error={!!(errors.teamRef ?? server.errors.teamRef)}
        helperText={
          errors.teamRef ??
          server.errors.teamRef ??
          t('champions.nominate.teamHelp')
        }
        required
      >
        <option value="" disabled>
          {choices.loading
            ? t('champions.nominate.loadingTeams')
            : t('champions.nominate.chooseTeam')}
        </option>
        <TeamOptions
          teams={choices.value?.teams ?? []}
          yourTeamRefs={viewer?.teamRefs ?? []}
          selectedRef={form.teamRef}
        />
      </TextField>
      <PersonPicker
        id={`${id}-person`}
        label={t('champions.nominate.person')}
        teams={choices.value?.teams ?? []}
        required
        value={nominee}
        // Cleared is null, so that the default (yourself) does not come back.
        onChange={chosen => setPerson(chosen ?? null)}
        error={!!(errors.person ?? server.errors.nomineeRef)}
        helperText={
          errors.person ??
          server.errors.nomineeRef ??
          t('champions.nominate.personHelp')
        }
      />
      <TextField
        {...field}
        id={`${id}-reason`}
        label={t('champions.fields.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        error={!!(errors.reason ?? server.errors.reason)}
        helperText={
          errors.reason ??
          server.errors.reason ??
          t('champions.nominate.reasonHelp', {
            length: String(reason.length),
            max: String(REASON_MAX_LENGTH),
          })
        }
        inputProps={{ maxLength: REASON_MAX_LENGTH }}
        required
        multiline
        minRows={3}
      />
      <FocusAreasField value={focusAreas} onChange={setFocusAreas} />
    </FormDialog>
  );
}
