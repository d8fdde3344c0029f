import { Entity } from '@backstage/catalog-model';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { PlatformProductApi, platformProductApiRef } from '../api';
import { rootRouteRef } from '../routes';
import {
  entityChampionProfileCard,
  entityChangelogCard,
  entityRoadmapCard,
  entitySurveyPromptCard,
  entityTeamChampionsCard,
  entityToolRatingCard,
} from './entityCards';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const entity = (
  kind: string,
  name: string,
  tags: string[] = [],
  labels?: Record<string, string>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', tags, labels },
});
const tool = entity('Component', 'ci-pipelines', ['platform-tool']);
const notATool = entity('Component', 'storefront-web', ['react']);
const user = entity('User', 'priya.shah');
const group = entity('Group', 'storefront');

const api = {
  getRatingSummary: jest.fn(async () => ({
    toolRef: 'component:default/ci-pipelines',
    count: 12,
    average: 3.75,
    distribution: { 1: 0, 2: 3, 3: 2, 4: 2, 5: 5 },
    minGroupSize: 5,
  })),
  listRoadmapItems: jest.fn(async () => ({ items: [], totalCount: 0 })),
  listChangelog: jest.fn(async () => ({ items: [], totalCount: 0 })),
  getSurveyPrompts: jest.fn(async () => []),
} as unknown as jest.Mocked<PlatformProductApi>;

async function renderCard(element: JSX.Element, on: Entity) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed: true });
  return renderInTestApp(
    <EntityProvider entity={on}>{element}</EntityProvider>,
    {
      apis: [[platformProductApiRef, api]],
      mountedRoutes: { '/platform-product': rootRouteRef },
    },
  );
}

const filterOf = (tester: ReturnType<typeof createExtensionTester>) =>
  tester.get(EntityCardBlueprint.dataRefs.filterFunction as any) as (
    entity: Entity,
  ) => boolean;

describe('entity cards (new frontend system)', () => {
  beforeEach(() => jest.clearAllMocks());

  it.each([
    ['rating', entityToolRatingCard, 'content'],
    ['roadmap', entityRoadmapCard, 'content'],
    ['changelog', entityChangelogCard, 'content'],
    ['survey prompt', entitySurveyPromptCard, 'info'],
  ] as const)(
    'lays the %s card out on platform tools only',
    (_name, card, type) => {
      const tester = createExtensionTester(card as any);
      const filter = filterOf(tester);
      expect(filter(tool)).toBe(true);
      expect(filter(notATool)).toBe(false);
      expect(filter(user)).toBe(false);
      expect(filter(group)).toBe(false);
      expect(tester.get(EntityCardBlueprint.dataRefs.type as any)).toBe(type);
    },
  );

  it('takes the tools from platformProduct.tools.filter', () => {
    const tester = createExtensionTester(entityRoadmapCard, {
      apis: [
        mockApis.config({
          data: {
            platformProduct: {
              tools: { filter: { 'metadata.labels.offering': 'yes' } },
            },
          },
        }),
      ],
    });
    const filter = filterOf(tester);
    expect(filter(entity('Component', 'vault', [], { offering: 'yes' }))).toBe(
      true,
    );
    expect(filter(tool)).toBe(false);
  });

  it('renders the rating card on a tool', async () => {
    await renderCard(
      createExtensionTester(entityToolRatingCard).reactElement(),
      tool,
    );
    expect(await screen.findByLabelText('Average rating')).toHaveTextContent(
      '3.8',
    );
    expect(api.getRatingSummary).toHaveBeenCalledWith(
      'component:default/ci-pipelines',
    );
  });

  it('renders nothing, and asks nothing, on an entity that is not a tool', async () => {
    await renderCard(
      <>
        {createExtensionTester(entityToolRatingCard).reactElement()}
        {createExtensionTester(entityRoadmapCard).reactElement()}
        {createExtensionTester(entityChangelogCard).reactElement()}
        {createExtensionTester(entitySurveyPromptCard).reactElement()}
      </>,
      notATool,
    );
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(screen.queryByText('Rating')).not.toBeInTheDocument();
    expect(screen.queryByText('Roadmap')).not.toBeInTheDocument();
    expect(screen.queryByText('Changelog')).not.toBeInTheDocument();
    expect(api.getRatingSummary).not.toHaveBeenCalled();
    expect(api.listRoadmapItems).not.toHaveBeenCalled();
    expect(api.listChangelog).not.toHaveBeenCalled();
    expect(api.getSurveyPrompts).not.toHaveBeenCalled();
  });

  it('takes the card title from its config', async () => {
    await renderCard(
      createExtensionTester(entityRoadmapCard, {
        config: { title: 'Planned for this tool' },
      }).reactElement(),
      tool,
    );
    expect(
      await screen.findByText('Planned for this tool'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Nothing on the roadmap for this tool yet.'),
    ).toBeInTheDocument();
  });

  it('lays the champion cards out on people and teams', () => {
    const profile = filterOf(createExtensionTester(entityChampionProfileCard));
    expect(profile(user)).toBe(true);
    expect(profile(group)).toBe(false);
    expect(profile(tool)).toBe(false);
    const team = filterOf(createExtensionTester(entityTeamChampionsCard));
    expect(team(group)).toBe(true);
    expect(team(user)).toBe(false);
  });
});
