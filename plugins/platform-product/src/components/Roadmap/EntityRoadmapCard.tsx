import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  List,
  ListItem,
  ListItemSecondaryAction,
  ListItemText,
} from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { formatScore } from './format';
import { DocsButton } from '../shared/DocsButton';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { ItemStateChip } from './ItemStateChip';
import { LaneTitlesProvider } from '../shared/laneTitles';
import { useRoadmapLinks } from '../shared/links';

const LIMIT = 10;

/** A tool's entity page: the active roadmap items that concern it, highest RICE score first. */
export function EntityRoadmapCard(props: { title?: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <PlatformToolOnly>
      <ToolRoadmap title={props.title ?? t('roadmap.entityCard.title')} />
    </PlatformToolOnly>
  );
}

function ToolRoadmap(props: { title: string }) {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const links = useRoadmapLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { value, loading, error } = useAsync(
    () =>
      api.listRoadmapItems({
        toolRef,
        status: 'active',
        sort: 'rice',
        limit: LIMIT,
      }),
    [api, toolRef],
  );

  const content = () => {
    if (loading) return <Progress />;
    if (error) return <ResponseErrorPanel error={error} />;
    if (!value?.items.length) {
      return (
        <EmptyState
          missing="content"
          title={t('roadmap.entityCard.empty')}
          description={t('roadmap.entityCard.emptyHelp')}
          action={<DocsButton page="roadmap" anchor="tools-on-the-roadmap" />}
        />
      );
    }
    return (
      // Only now are the lane titles worth loading.
      <LaneTitlesProvider>
        <List dense disablePadding>
          {value.items.map(item => (
            <ListItem key={item.id} disableGutters>
              <ListItemText
                primary={<Link to={links.item(item.id)}>{item.title}</Link>}
                secondary={t('roadmap.rice.score', {
                  score: formatScore(item.riceScore),
                })}
              />
              <ListItemSecondaryAction>
                <ItemStateChip item={item} />
              </ListItemSecondaryAction>
            </ListItem>
          ))}
        </List>
      </LaneTitlesProvider>
    );
  };

  return (
    <InfoCard
      title={props.title}
      subheader={t('roadmap.entityCard.subheader')}
      deepLink={{
        title: t('roadmap.entityCard.deepLink'),
        link: links.roadmap({ view: 'list', toolRef }),
      }}
    >
      {content()}
    </InfoCard>
  );
}
