import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { Survey } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { signals } from '../../__testUtils__/liveSignals';
import { docsUrl } from '../shared/docsUrl';
import { SurveysCard } from './SurveysCard';
import { withoutPauses } from '../../__testUtils__/withoutPauses';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const open: Survey = {
  id: 7,
  title: 'CI pipelines NPS',
  question: 'How likely are you to recommend CI pipelines to a colleague?',
  toolRef: 'component:default/ci-pipelines',
  teamRefs: ['group:default/checkout', 'group:default/search'],
  opensAt: '2026-03-01T09:00:00Z',
  closesAt: '2026-03-15T17:00:00Z',
  state: 'open',
  createdBy: 'user:default/pat',
  responseCount: 23,
  minGroupSize: 5,
};
const closed: Survey = {
  ...open,
  id: 3,
  title: 'Platform NPS, autumn',
  toolRef: undefined,
  teamRefs: [],
  state: 'closed',
  responseCount: 140,
};

async function renderCard(api: Partial<PlatformProductApi>, allowed: boolean) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, api],
        [signalApiRef, signals.api],
      ]}
    >
      <SurveysCard />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('SurveysCard', () => {
  it('lists the campaigns for everyone, without the maintainer actions', async () => {
    await renderCard(
      { listSurveys: async () => ({ items: [open, closed], totalCount: 2 }) },
      false,
    );
    const rows = await screen.findAllByRole('row');
    expect(rows[1]).toHaveTextContent('CI pipelines NPS');
    expect(rows[1]).toHaveTextContent('open');
    expect(rows[1]).toHaveTextContent('ci-pipelines');
    expect(rows[1]).toHaveTextContent('2 teams');
    expect(rows[1]).toHaveTextContent('23');
    expect(rows[2]).toHaveTextContent('Platform NPS, autumn');
    expect(rows[2]).toHaveTextContent('The whole platform');
    expect(rows[2]).toHaveTextContent('All teams');
    expect(
      screen.queryByRole('link', { name: 'CI pipelines NPS' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New survey' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });

  it('says "Too few to show" while a survey has too few answers to count', async () => {
    await renderCard(
      {
        listSurveys: async () => ({
          items: [{ ...open, responseCount: null }],
          totalCount: 1,
        }),
      },
      false,
    );
    const [header, row] = await screen.findAllByRole('row');
    const responses = within(row).getAllByRole('cell')[5];
    expect(within(header).getAllByRole('columnheader')[5]).toHaveTextContent(
      'Responses',
    );
    expect(responses).toHaveTextContent(/^Too few to show$/);
    expect(within(responses).getByText('Too few to show')).toHaveAttribute(
      'title',
      'Figures about fewer than 5 people are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer than 5 anonymous ratings or answers among named ones.',
    );
  });

  it('lets maintainers open results, edit and close surveys', async () => {
    const listSurveys = jest
      .fn()
      .mockResolvedValueOnce({ items: [open, closed], totalCount: 2 })
      .mockResolvedValue({
        items: [{ ...open, state: 'closed' }, closed],
        totalCount: 2,
      });
    const closeSurvey = jest.fn(
      async (): Promise<Survey> => ({
        ...open,
        state: 'closed',
      }),
    );
    await renderCard({ listSurveys, closeSurvey }, true);

    expect(
      await screen.findByRole('link', { name: 'CI pipelines NPS' }),
    ).toHaveAttribute('href', '/surveys/7');
    const [, openRow, closedRow] = screen.getAllByRole('row');
    expect(within(closedRow).queryByRole('button')).toBeNull();
    expect(within(openRow).getByRole('button', { name: 'Edit' })).toBeEnabled();

    await userEvent.click(
      within(openRow).getByRole('button', { name: 'Close now' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Close “CI pipelines NPS” now?',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close survey' }),
    );
    expect(closeSurvey).toHaveBeenCalledWith(7);
    await waitFor(() => expect(listSurveys).toHaveBeenCalledTimes(2));
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Close now' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('opens the editor for a new survey', async () => {
    await renderCard(
      {
        listSurveys: async () => ({ items: [], totalCount: 0 }),
        getTeams: async () => [],
        getTools: async () => [],
      },
      true,
    );
    expect(await screen.findByText(/No surveys yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New survey' }));
    expect(
      screen.getByRole('dialog', { name: 'New survey' }),
    ).toBeInTheDocument();
  });

  it('tells maintainers how to start, and others who runs surveys, when there is none', async () => {
    const none = async () => ({ items: [], totalCount: 0 });
    const { unmount } = await renderCard({ listSurveys: none }, true);
    expect(
      await screen.findByText(
        /^Ask developers how they feel with “New survey”/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('feedback', 'no-surveys-yet'));
    unmount();

    await renderCard({ listSurveys: none }, false);
    expect(
      await screen.findByText(
        /^The platform team has not run a survey yet\. .*platformProduct\.maintainers/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('feedback', 'no-surveys-yet'));
    expect(screen.queryByRole('button', { name: 'New survey' })).toBeNull();
  });

  it('pages through the campaigns on the server', async () => {
    const listSurveys = jest.fn(async () => ({
      items: [open],
      totalCount: 12,
    }));
    await renderCard({ listSurveys }, false);
    await userEvent.click(
      await screen.findByRole('button', { name: /next page/i }),
    );
    await waitFor(() =>
      expect(listSurveys).toHaveBeenLastCalledWith({ limit: 10, offset: 10 }),
    );
    expect(listSurveys).toHaveBeenCalledWith({ limit: 10, offset: 0 });
  });

  it('shows new response counts when someone answers, and keeps an open editor’s text', () =>
    withoutPauses(async () => {
      const listSurveys = jest
        .fn()
        .mockResolvedValueOnce({ items: [open], totalCount: 1 })
        .mockResolvedValue({
          items: [{ ...open, responseCount: 24 }],
          totalCount: 1,
        });
      await renderCard(
        { listSurveys, getTeams: async () => [], getTools: async () => [] },
        true,
      );
      const row = (await screen.findAllByRole('row'))[1];
      expect(within(row).getAllByRole('cell')[5]).toHaveTextContent(/^23$/);
      await userEvent.click(screen.getByRole('button', { name: 'New survey' }));
      const dialog = screen.getByRole('dialog', { name: 'New survey' });
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Title' }),
        'Docs NPS',
      );

      signals.send('surveys', { kind: 'answered', id: 7 });
      // The open dialog hides the card from the accessibility tree: reach it hidden.
      const responses = () =>
        within(screen.getAllByRole('row', { hidden: true })[1]).getAllByRole(
          'cell',
          { hidden: true },
        )[5];
      await waitFor(() => expect(responses()).toHaveTextContent(/^24$/), {
        timeout: 3000,
      });
      expect(listSurveys).toHaveBeenCalledTimes(2);
      expect(
        within(screen.getByRole('dialog', { name: 'New survey' })).getByRole(
          'textbox',
          { name: 'Title' },
        ),
      ).toHaveValue('Docs NPS');
    }));
});
