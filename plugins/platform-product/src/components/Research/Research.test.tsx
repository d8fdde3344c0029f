import { Route, Routes } from 'react-router-dom';
import { alertApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ResearchNote,
  researchReadPermission,
  researchWritePermission,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { pageOf } from '../../__testUtils__/pageOf';
import { pick } from '../../__testUtils__/pick';
import { rootRouteRef } from '../../routes';
import {
  alertApi,
  allow,
  roadmapItem,
  teams,
  tools,
} from '../Roadmap/__testUtils__/fixtures';
import { ResearchLog } from './ResearchLog';
import { ResearchNotePage } from './ResearchNotePage';

jest.setTimeout(60_000);

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const note: ResearchNote = {
  id: 4,
  kind: 'shadowing',
  title: 'Shadowing a release',
  date: '2026-12-10T00:00:00.000Z',
  teamRefs: ['group:default/checkout'],
  toolRefs: [],
  agreedToBeNamed: false,
  frictionPoints: ['Waited for CI'],
  toolsUsed: [],
  contextSwitches: 9,
  minutesWaiting: 38,
  quotes: [
    { id: 11, text: 'I wish builds were cached' },
    { id: 12, text: 'I get coffee on every push' },
  ],
  painPoints: [],
  surprises: [],
  assumptions: [{ text: 'People wait for tests', result: 'contradicted' }],
  actions: [],
  body: 'Two **slow** runs.',
  authorRef: 'user:default/sven.eriksen',
  createdAt: '2026-12-10T10:00:00.000Z',
  updatedAt: '2026-12-10T10:00:00.000Z',
  version: 1,
};

async function render(path: string, api: Partial<PlatformProductApi>) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          platformProductApiRef,
          {
            getTools: async () => tools,
            getTeams: async () => teams,
            getEvidenceOf: async () => ({ items: [] }),
            ...api,
          },
        ],
        [alertApiRef, alertApi],
      ]}
    >
      <Routes>
        <Route
          path="/platform-product/feedback/research"
          element={<ResearchLog />}
        />
        <Route
          path="/platform-product/feedback/research/:id"
          element={<ResearchNotePage />}
        />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/platform-product': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('the research log', () => {
  it('says when there are no notes yet, and logs an interview with two quotes', async () => {
    allow(researchReadPermission, researchWritePermission);
    const createResearchNote = jest.fn(async () => note);
    await render('/platform-product/feedback/research', {
      getResearchNotes: async () => pageOf([]),
      createResearchNote,
      getResearchNote: async () => note,
    });
    expect(
      await screen.findByText('No research notes yet', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Log research' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /^Title/ }),
      'Interview with Checkout',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add a quote' }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Quote 1' }),
      'I wish builds were cached',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add a quote' }),
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Quote 2' }),
      'Logs get lost',
    );
    await userEvent.type(
      within(dialog).getByRole('spinbutton', { name: 'Minutes waiting' }),
      '30',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(createResearchNote).toHaveBeenCalled());
    expect(createResearchNote).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'interview',
        title: 'Interview with Checkout',
        minutesWaiting: 30,
        quotes: [
          { text: 'I wish builds were cached' },
          { text: 'Logs get lost' },
        ],
      }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Shadowing a release' }),
    ).toBeInTheDocument();
  });

  it('shows a note with its fields and links one quote to a roadmap item', async () => {
    allow(researchReadPermission, roadmapUpdatePermission);
    const linkEvidence = jest.fn(async () => ({} as any));
    await render('/platform-product/feedback/research/4', {
      getResearchNote: async () => note,
      listRoadmapItems: async () =>
        pageOf([roadmapItem({ id: 3, title: 'Build cache' })]),
      linkEvidence,
    });
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Shadowing a release' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Waited for CI')).toBeInTheDocument();
    expect(screen.getAllByText('“I get coffee on every push”')).toHaveLength(2);
    expect(
      screen.getByText('✗ contradicted People wait for tests'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Delete' }),
    ).not.toBeInTheDocument();

    const card = screen
      .getByRole('heading', { name: 'Evidence for the roadmap' })
      .closest('.MuiCard-root') as HTMLElement;
    await userEvent.selectOptions(
      within(card).getByRole('combobox', { name: 'What to link' }),
      '“I wish builds were cached”',
    );
    await pick(card, /^Roadmap item it supports/, 'Build', /^Build cache/);
    await userEvent.click(
      within(card).getByRole('button', { name: 'Link to roadmap item' }),
    );
    await waitFor(() =>
      expect(linkEvidence).toHaveBeenCalledWith(3, {
        sourceKind: 'research-quote',
        sourceId: 4,
        sourcePart: 11,
      }),
    );
  });
});
