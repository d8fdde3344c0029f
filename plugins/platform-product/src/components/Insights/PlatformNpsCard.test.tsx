import { screen, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { SurveyTrendPoint } from 'backstage-plugin-platform-product-common';
import { docsUrl } from '../shared/docsUrl';
import {
  docsLinks,
  renderInsights,
  stubResizeObserver,
} from './__testUtils__/fixtures';
import { PlatformNpsCard } from './PlatformNpsCard';

beforeAll(stubResizeObserver);

const score = (nps: number | null, responses: number) => ({
  responses,
  promoters: 0,
  passives: 0,
  detractors: 0,
  nps,
});
const surveys: SurveyTrendPoint[] = [
  {
    surveyId: 3,
    title: 'Autumn',
    closesAt: '2025-10-15T17:00:00Z',
    score: score(10, 20),
  },
  {
    surveyId: 7,
    title: 'Spring',
    closesAt: '2026-03-15T17:00:00Z',
    score: score(33, 30),
  },
];

describe('PlatformNpsCard', () => {
  it('draws the NPS of each platform-wide survey, or lists them in a table', async () => {
    await renderInsights(<PlatformNpsCard />, {
      getNpsTrend: async () => surveys,
    });
    expect(
      await screen.findByRole('img', {
        name: 'Platform NPS per survey: Autumn 10, Spring 33',
      }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show as table' }),
    );

    const rows = within(
      screen.getByRole('table', { name: 'Platform NPS per survey' }),
    ).getAllByRole('row');
    expect(rows[2]).toHaveTextContent(/^Spring.*3033$/);
    expect(
      within(rows[2]).getByRole('link', { name: 'Spring' }),
    ).toHaveAttribute('href', '/platform-product/feedback/surveys/7');
  });

  it('leaves out the surveys whose answers are too few, and says why', async () => {
    await renderInsights(<PlatformNpsCard />, {
      getNpsTrend: async () => [
        ...surveys,
        {
          surveyId: 9,
          title: 'Summer',
          closesAt: '2026-07-15T17:00:00Z',
          score: null,
        },
      ],
    });
    expect(
      await screen.findByRole('img', {
        name: 'Platform NPS per survey: Autumn 10, Spring 33',
      }),
    ).toBeInTheDocument();
    const note =
      'One survey has too few answers to show. Figures about fewer people than the minimum group size are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer anonymous ratings or answers than the minimum among named ones.';
    expect(screen.getByText(note)).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show as table' }),
    );
    const summer = within(
      screen.getByRole('table', { name: 'Platform NPS per survey' }),
    ).getAllByRole('row')[3];
    expect(
      within(summer)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['Summer', expect.stringMatching(/2026/), 'hidden', 'hidden']);
    expect(screen.getByText(note)).toBeInTheDocument();
  });

  it('says when no platform-wide survey has enough answers to show', async () => {
    await renderInsights(<PlatformNpsCard />, {
      getNpsTrend: async () => [{ ...surveys[0], score: null }],
    });
    expect(
      await screen.findByText(
        'No platform-wide survey has enough answers to show yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says when no platform-wide survey has answers', async () => {
    await renderInsights(<PlatformNpsCard />, { getNpsTrend: async () => [] });
    expect(
      await screen.findByText('No platform-wide survey has answers yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Maintainers create them on the Feedback tab/),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([
      docsUrl('insights', 'no-platform-wide-survey'),
    ]);
  });
});
