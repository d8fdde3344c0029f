import { useId, useMemo, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';
import { TextField } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { Champion } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { useViewer } from '../../hooks/useViewer';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { FormDialog } from '../shared/FormDialog';

const MESSAGE_MAX_LENGTH = 500;

function ChampionOption(props: { userRef: string }) {
  const { primaryTitle } = useEntityPresentation(props.userRef);
  return <option value={props.userRef}>{primaryTitle}</option>;
}

const CHAMPIONS_PAGE = 100;

/** Every active champion, read from the paged roster a page at a time. */
async function activeChampions(api: PlatformProductApi): Promise<Champion[]> {
  const champions: Champion[] = [];
  for (;;) {
    const page = await api.getChampions({
      status: 'active',
      limit: CHAMPIONS_PAGE,
      offset: champions.length,
    });
    champions.push(...page.items);
    if (!page.items.length || champions.length >= page.totalCount) {
      return champions;
    }
  }
}

/** The active champions one may thank: each person once, never yourself. */
function useChampionChoices(preset?: string) {
  const api = useApi(platformProductApiRef);
  const viewer = useViewer();
  const active = useAsync(
    async () => (preset ? [] : activeChampions(api)),
    [api, preset],
  );
  return useMemo(() => {
    if (preset) return { loading: false, error: undefined, value: [preset] };
    const me = viewer.value?.userRef;
    return {
      loading: active.loading || viewer.loading,
      error: active.error ?? viewer.error,
      value:
        active.value && me
          ? [...new Set(active.value.map(c => c.userRef))].filter(
              ref => ref !== me,
            )
          : undefined,
    };
  }, [preset, active, viewer]);
}

/** Thanks an active champion with a short message. Open while mounted. */
export function GiveKudosDialog(props: {
  /** Presets and locks the champion. */
  championRef?: string;
  onClose: () => void;
  onSent: () => void;
}) {
  const { onSent } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const id = useId();
  const choices = useChampionChoices(props.championRef);
  const [championRef, setChampionRef] = useState(props.championRef ?? '');
  const [message, setMessage] = useState('');
  const ready = !!championRef && !!message.trim();

  return (
    <FormDialog
      title={t('champions.kudos.give')}
      submitLabel={t('champions.kudos.send')}
      canSubmit={ready}
      onSubmit={async () => {
        await api.giveKudos(championRef, message.trim());
        alertApi.post({
          message: t('champions.kudos.sent'),
          severity: 'success',
          display: 'transient',
        });
        onSent();
      }}
      onClose={props.onClose}
      maxWidth="sm"
    >
      {choices.error && (
        <Alert severity="warning">
          {t('champions.kudos.loadError', {
            error: errorMessage(choices.error),
          })}
        </Alert>
      )}
      <TextField
        id={`${id}-champion`}
        label={t('champions.fields.champion')}
        value={championRef}
        onChange={e => setChampionRef(e.target.value)}
        select
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        disabled={!!props.championRef}
        helperText={
          choices.value?.length === 0 && t('champions.kudos.nobodyToThank')
        }
        required
        fullWidth
        margin="normal"
        variant="outlined"
      >
        <option value="" disabled>
          {choices.loading
            ? t('champions.kudos.loadingChampions')
            : t('champions.kudos.chooseChampion')}
        </option>
        {choices.value?.map(ref => (
          <ChampionOption key={ref} userRef={ref} />
        ))}
      </TextField>
      <TextField
        id={`${id}-message`}
        label={t('champions.kudos.message')}
        value={message}
        onChange={e => setMessage(e.target.value)}
        helperText={`${message.length}/${MESSAGE_MAX_LENGTH}`}
        inputProps={{ maxLength: MESSAGE_MAX_LENGTH }}
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
