import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { configApiRef } from '@backstage/core-plugin-api';
import { screen } from '@testing-library/react';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { EntityChangelogCard } from '../Changelog';
import { EntityRoadmapCard } from '../Roadmap';
import { EntitySurveyPromptCard } from '../Surveys';
import { ToolRatingCard } from '../ToolRatingCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

/** An API whose every call is recorded (and never answers). */
function recordingApi() {
  const calls: string[] = [];
  const api = new Proxy(
    {},
    {
      get: (_target, name) => () => {
        calls.push(String(name));
        return new Promise(() => {});
      },
    },
  ) as PlatformProductApi;
  return { api, calls };
}

const cards = [
  ['rating', <ToolRatingCard />],
  ['roadmap', <EntityRoadmapCard />],
  ['changelog', <EntityChangelogCard />],
  ['survey', <EntitySurveyPromptCard />],
] as const;

async function renderOn(entity: Entity, config: object = {}) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed: true });
  const { api, calls } = recordingApi();
  const { container } = await renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, api],
        [configApiRef, mockApis.config({ data: config })],
      ]}
    >
      <EntityProvider entity={entity}>
        {cards.map(([name, card]) => (
          <div key={name} data-testid={name}>
            {card}
          </div>
        ))}
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/platform-product': rootRouteRef } },
  );
  return { calls, container };
}

const component = (tags: string[], labels?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'storefront-web', namespace: 'default', tags, labels },
});

describe('tool cards on entities that are not platform tools', () => {
  it('render nothing and ask the backend nothing on a component that is not a tool', async () => {
    const { calls } = await renderOn(component(['react']));
    for (const [name] of cards) {
      expect(screen.getByTestId(name)).toBeEmptyDOMElement();
    }
    expect(calls).toEqual([]);
  });

  it('render nothing and ask the backend nothing on a group', async () => {
    const { calls } = await renderOn({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'storefront', tags: ['platform-tool'] },
    });
    for (const [name] of cards) {
      expect(screen.getByTestId(name)).toBeEmptyDOMElement();
    }
    expect(calls).toEqual([]);
  });

  it('follow platformProduct.tools.filter of the app config', async () => {
    const config = {
      platformProduct: {
        tools: { filter: { 'metadata.labels.offering': 'yes' } },
      },
    };
    const { calls } = await renderOn(
      component([], { offering: 'yes' }),
      config,
    );
    expect(calls.sort()).toEqual([
      'getRatingPrompt',
      'getRatingSummary',
      'getSurveyPrompts',
      'listChangelog',
      'listRoadmapItems',
    ]);

    const notATool = await renderOn(component(['platform-tool']), config);
    expect(notATool.calls).toEqual([]);
  });
});
