import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { AdoptionTable } from './AdoptionTable';

const tools = [
  {
    ref: 'component:default/ci-pipelines',
    kind: 'Component',
    name: 'ci-pipelines',
    title: 'CI Pipelines',
  },
  {
    ref: 'component:default/service-templates',
    kind: 'Component',
    name: 'service-templates',
    title: 'Service Templates',
  },
];

function apiWith(overrides: Partial<PlatformProductApi>) {
  return {
    getTools: async () => tools,
    getAdoption: async () => [
      {
        toolRef: 'component:default/ci-pipelines',
        teamRefs: [],
        adoptingTeams: 12,
        eligibleTeams: 13,
        rate: 12 / 13,
      },
      {
        toolRef: 'component:default/service-templates',
        teamRefs: [],
        adoptingTeams: 2,
        eligibleTeams: 13,
        rate: 2 / 13,
      },
    ],
    ...overrides,
  } as PlatformProductApi;
}

async function renderWith(api: PlatformProductApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      <AdoptionTable />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('AdoptionTable', () => {
  it('shows each tool with its share of adopting teams, highest first', async () => {
    await renderWith(apiWith({}));
    const rows = await screen.findAllByRole('row');
    expect(rows[1]).toHaveTextContent('CI Pipelines');
    expect(rows[1]).toHaveTextContent('92 %');
    expect(rows[1]).toHaveTextContent('12 of 13');
    expect(rows[2]).toHaveTextContent('Service Templates');
    expect(rows[2]).toHaveTextContent('15 %');
    expect(screen.getByRole('link', { name: 'CI Pipelines' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ci-pipelines',
    );
  });

  it('explains how tools are found when there are none', async () => {
    await renderWith(apiWith({ getTools: async () => [] }));
    expect(
      await screen.findByText('No platform tools found'),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await renderWith(
      apiWith({
        getAdoption: async () => {
          throw new Error('catalog unavailable');
        },
      }),
    );
    expect(
      await screen.findByText('Error: catalog unavailable'),
    ).toBeInTheDocument();
  });
});
