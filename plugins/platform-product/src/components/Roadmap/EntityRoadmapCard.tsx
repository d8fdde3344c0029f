import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  List,
  ListItem,
  ListItemSecondaryAction,
  ListItemText,
  Typography,
} from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { formatScore } from './format';
import { PlatformToolOnly } from '../shared/PlatformToolOnly';
import { ItemStateChip } from './ItemStateChip';
import { LaneTitlesProvider } from './laneTitles';
import { useRoadmapLinks } from './links';

const LIMIT = 10;

/** A tool's entity page: the active roadmap items that concern it, highest RICE score first. */
export function EntityRoadmapCard(props: { title?: string }) {
  return (
    <PlatformToolOnly>
      <ToolRoadmap title={props.title ?? 'Roadmap'} />
    </PlatformToolOnly>
  );
}

function ToolRoadmap(props: { title: string }) {
  const { entity } = useEntity();
  const toolRef = stringifyEntityRef(entity);
  const api = useApi(platformProductApiRef);
  const links = useRoadmapLinks();
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
        <Typography color="textSecondary">
          Nothing on the roadmap for this tool yet.
        </Typography>
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
                secondary={`RICE ${formatScore(item.riceScore)}`}
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
      subheader="What the platform team plans for this tool, highest RICE score first"
      deepLink={{
        title: 'See the roadmap of this tool',
        link: links.roadmap({ view: 'list', toolRef }),
      }}
    >
      {content()}
    </InfoCard>
  );
}
