import { Entity } from '@backstage/catalog-model';
import { configApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { EntityPlatformProductCards } from './EntityPlatformProductCards';

jest.mock('../ToolRatingCard', () => ({ ToolRatingCard: () => <p>rating</p> }));
jest.mock('../Roadmap', () => ({ EntityRoadmapCard: () => <p>roadmap</p> }));
jest.mock('../Changelog', () => ({
  EntityChangelogCard: () => <p>changelog</p>,
}));
jest.mock('../Surveys', () => ({
  EntitySurveyPromptCard: () => <p>survey</p>,
}));
jest.mock('../Champions', () => ({
  EntityTeamChampionsCard: () => <p>team champions</p>,
  EntityChampionProfileCard: () => <p>champion profile</p>,
}));

const config = mockApis.config({
  data: { platformProduct: { tools: { filter: { 'spec.type': 'tool' } } } },
});

function entity(kind: string, spec: object = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x', namespace: 'default' },
    spec,
  };
}

async function cardsOn(target: Entity) {
  const { container } = await renderInTestApp(
    <TestApiProvider apis={[[configApiRef, config]]}>
      <EntityProvider entity={target}>
        <EntityPlatformProductCards />
      </EntityProvider>
    </TestApiProvider>,
  );
  return {
    texts: screen.queryAllByRole('paragraph').map(p => p.textContent),
    gridItems: container.querySelectorAll('.MuiGrid-item').length,
  };
}

describe('EntityPlatformProductCards', () => {
  it('lays out the four tool cards, each in a grid item, on a tool of the configured filter', async () => {
    expect(await cardsOn(entity('Component', { type: 'tool' }))).toEqual({
      texts: ['rating', 'roadmap', 'changelog', 'survey'],
      gridItems: 4,
    });
  });

  it('renders nothing on an entity that the configured filter does not select', async () => {
    expect(await cardsOn(entity('Component', { type: 'service' }))).toEqual({
      texts: [],
      gridItems: 0,
    });
  });

  it("shows a team's champions on a group", async () => {
    expect(await cardsOn(entity('Group'))).toEqual({
      texts: ['team champions'],
      gridItems: 1,
    });
  });

  it("shows a person's champion profile on a user", async () => {
    expect(await cardsOn(entity('User'))).toEqual({
      texts: ['champion profile'],
      gridItems: 1,
    });
  });
});
