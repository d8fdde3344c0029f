import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { PlatformProductApi, platformProductApiRef } from '../api';
import { changelogEntry } from '../components/Changelog/__testUtils__/fixtures';
import { rootRouteRef } from '../routes';
import { scorecard } from '../components/Insights/__testUtils__/fixtures';
import {
  scorecardWidget,
  surveyPromptWidget,
  whatsNewWidget,
} from './homeWidgets';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

async function renderWidget(
  widget:
    | typeof surveyPromptWidget
    | typeof whatsNewWidget
    | typeof scorecardWidget,
  api: object,
) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed: true });
  const data = createExtensionTester(widget as typeof surveyPromptWidget).get(
    HomePageWidgetBlueprint.dataRefs.widget,
  );
  await renderInTestApp(data.component, {
    apis: [[platformProductApiRef, api as PlatformProductApi]],
    mountedRoutes: { '/platform-product': rootRouteRef },
  });
  return data;
}

describe('home page widgets', () => {
  it('asks the reader to answer the open surveys', async () => {
    const data = await renderWidget(surveyPromptWidget, {
      getSurveyPrompts: async () => [
        {
          survey: {
            id: 3,
            title: 'Platform NPS Q4 2026',
            question: 'How likely are you to recommend the platform?',
            state: 'open',
          },
        },
      ],
    });
    expect(data.name).toBe('PlatformProductSurveys');
    expect(
      await screen.findByText('How likely are you to recommend the platform?'),
    ).toBeInTheDocument();
  });

  it('says so when no survey waits for an answer', async () => {
    await renderWidget(surveyPromptWidget, {
      getSurveyPrompts: async () => [],
    });
    expect(
      await screen.findByText('No survey is waiting for your answer. Thanks!'),
    ).toBeInTheDocument();
  });

  it("shows what's new, linking each entry to its permalink", async () => {
    const listChangelog = jest.fn(async () => ({
      items: [changelogEntry({ id: 4, title: 'Deploys roll back on red' })],
      totalCount: 1,
    }));
    const data = await renderWidget(whatsNewWidget, { listChangelog });
    expect(data.name).toBe('PlatformProductWhatsNew');
    expect(
      await screen.findByRole('link', { name: 'Deploys roll back on red' }),
    ).toHaveAttribute('href', '/platform-product/changelog/4');
    expect(screen.getByRole('link', { name: 'All changes' })).toHaveAttribute(
      'href',
      '/platform-product/changelog',
    );
    expect(listChangelog).toHaveBeenCalledWith({ limit: 5 });
  });

  it('shows the platform KPIs against their targets', async () => {
    const data = await renderWidget(scorecardWidget, {
      getScorecard: async () => scorecard,
    });
    expect(data.name).toBe('PlatformProductScorecard');
    const nps = await screen.findByRole('region', { name: 'Platform NPS' });
    expect(nps).toHaveTextContent('Off track');
    expect(nps).toHaveTextContent('Target: above 40');
  });
});
