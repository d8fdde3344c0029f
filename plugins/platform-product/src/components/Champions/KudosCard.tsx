import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductApiRef } from '../../api';
import { useCursorList } from '../../hooks/useCursorList';
import { platformProductTranslationRef } from '../../translation';
import { headingTitle } from '../shared/headings';
import { ActionError } from '../shared/ActionError';
import { DocsButton } from '../shared/DocsButton';
import { LoadMoreButton } from '../shared/LoadMoreButton';
import { GiveKudosButton } from './GiveKudosButton';
import { KudosList } from './KudosList';

const PAGE_SIZE = 10;

/** The kudos feed, newest first, ten at a time; "Give kudos" thanks a champion. */
export function KudosCard() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const {
    items: kudos,
    loading,
    error,
    reload,
    more,
  } = useCursorList(
    cursor => api.getKudos({ limit: PAGE_SIZE, cursor }),
    [api],
  );

  const content = () => {
    if (!kudos) {
      return error ? <ResponseErrorPanel error={error} /> : <Progress />;
    }
    if (!kudos.length) {
      return (
        <EmptyState
          missing="content"
          title={t('champions.kudos.empty.title')}
          description={t('champions.kudos.empty.description')}
          action={<DocsButton page="champions" anchor="recognition" />}
        />
      );
    }
    return (
      <>
        <KudosList kudos={kudos} label={t('champions.kudos.title')} />
        {error && <ActionError error={error} />}
        <LoadMoreButton onClick={more} disabled={loading} />
      </>
    );
  };

  return (
    <InfoCard
      title={t('champions.kudos.title')}
      subheader={t('champions.kudos.subheader')}
      headerProps={headingTitle(3)}
      action={<GiveKudosButton onSent={reload} />}
    >
      {content()}
    </InfoCard>
  );
}
