import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  FeedbackItem,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';
import { Route, Routes } from 'react-router-dom';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { docsUrl } from '../shared/docsUrl';
import { ToolRatingCard } from './ToolRatingCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'ci-pipelines',
    namespace: 'default',
    tags: ['platform-tool'],
  },
};
const summary: RatingSummary = {
  toolRef: 'component:default/ci-pipelines',
  count: 12,
  average: 3.75,
  distribution: { 1: 0, 2: 3, 3: 2, 4: 2, 5: 5 },
  minGroupSize: 5,
  activeUsers: null,
};
const tooFew: RatingSummary = {
  toolRef: 'component:default/ci-pipelines',
  count: null,
  average: null,
  distribution: null,
  minGroupSize: 5,
  activeUsers: null,
};

async function renderCard(api: Partial<PlatformProductApi>, allowed = true) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      <EntityProvider entity={entity}>
        <ToolRatingCard />
      </EntityProvider>
      <Routes>
        <Route path="/platform-product/feedback" element={<p>Inbox</p>} />
      </Routes>
    </TestApiProvider>,
    { mountedRoutes: { '/platform-product': rootRouteRef } },
  );
}

describe('ToolRatingCard', () => {
  it('invites a person who used the tool to rate it, and lets them decline', async () => {
    const dismissRatingPrompt = jest.fn(async () => {});
    await renderCard({
      getRatingSummary: async () => ({
        ...summary,
        activeUsers: { count: 7, average: 4.25 },
      }),
      getRatingPrompt: async toolRef =>
        toolRef === summary.toolRef
          ? {
              toolRef,
              title: 'CI Pipelines',
              uses: 12,
              lastUsedOn: '2026-12-01',
            }
          : null,
      dismissRatingPrompt,
    });
    expect(
      await screen.findByText(
        'You used CI Pipelines 12 times lately. How is it working for you?',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '4.3 from 7 people who used it lately (reported by the tool)',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(dismissRatingPrompt).toHaveBeenCalledWith(summary.toolRef);
    expect(screen.queryByText(/You used CI Pipelines/)).not.toBeInTheDocument();
  });

  it('shows the average, the count and the distribution', async () => {
    await renderCard({ getRatingSummary: async () => summary });
    expect(await screen.findByLabelText('Average rating')).toHaveTextContent(
      '3.8',
    );
    expect(screen.getByText('12 ratings')).toBeInTheDocument();
    expect(
      screen.getByText('4 stars').nextSibling?.nextSibling,
    ).toHaveTextContent('2');
  });

  it('says when the figures show while they are too few to show', async () => {
    await renderCard({
      getRatingSummary: async () => ({
        ...tooFew,
        mine: { stars: 4, anonymous: false, updatedAt: '2026-11-20T10:00:00Z' },
      }),
    });
    expect(
      await screen.findByText('Too few ratings to show yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /how the ratings split show once 5 people have rated, unless some but fewer than 5 of them rated anonymously/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Read the docs/ }),
    ).toHaveAttribute('href', docsUrl('feedback', 'rating-a-tool'));
    expect(screen.queryByLabelText('Average rating')).not.toBeInTheDocument();
    expect(screen.queryByText(/^\d+ ratings?$/)).not.toBeInTheDocument();
    expect(screen.queryByText('4 stars')).not.toBeInTheDocument();
    // The reader still sees and may change their own rating.
    expect(
      screen.getByRole('button', { name: 'Update rating' }),
    ).toBeInTheDocument();
  });

  it('submits the reader’s rating, anonymously if asked, and shows the new summary', async () => {
    const rate = jest.fn(
      async (): Promise<RatingSummary> => ({
        ...summary,
        count: 13,
        average: 4,
        distribution: { 1: 0, 2: 3, 3: 2, 4: 2, 5: 6 },
        mine: { stars: 5, anonymous: true, updatedAt: '2026-11-20T10:00:00Z' },
      }),
    );
    await renderCard({ getRatingSummary: async () => summary, rate });
    await userEvent.click(await screen.findByLabelText('5 Stars'));
    await userEvent.type(
      screen.getByLabelText('Comment (optional)'),
      'Great caching',
    );
    await userEvent.click(screen.getByLabelText(/Rate anonymously/));
    await userEvent.click(
      screen.getByRole('button', { name: 'Submit rating' }),
    );

    expect(rate).toHaveBeenCalledWith({
      toolRef: 'component:default/ci-pipelines',
      stars: 5,
      comment: 'Great caching',
      anonymous: true,
    });
    await waitFor(() =>
      expect(screen.getByLabelText('Average rating')).toHaveTextContent('4.0'),
    );
    expect(
      screen.getByRole('button', { name: 'Update rating' }),
    ).toBeInTheDocument();
  });

  it('hides the form from people who may not rate', async () => {
    await renderCard({ getRatingSummary: async () => summary }, false);
    await screen.findByLabelText('Average rating');
    expect(
      screen.queryByRole('button', { name: 'Submit rating' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Send feedback' }),
    ).not.toBeInTheDocument();
  });

  it('links to the feedback about the tool', async () => {
    await renderCard({ getRatingSummary: async () => summary });
    expect(
      await screen.findByRole('link', { name: 'See feedback about this tool' }),
    ).toHaveAttribute(
      'href',
      '/platform-product/feedback?toolRef=component%3Adefault%2Fci-pipelines',
    );
  });

  it('sends feedback about the tool, then shows the tool’s inbox', async () => {
    const sendFeedback = jest.fn(async () => ({} as FeedbackItem));
    await renderCard({
      getRatingSummary: async () => summary,
      getTools: async () => [],
      sendFeedback,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Send feedback' }),
    );
    expect(screen.getByLabelText('Tool')).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/^Title/), 'Flaky runners');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));

    expect(sendFeedback).toHaveBeenCalledWith(
      expect.objectContaining({
        toolRef: 'component:default/ci-pipelines',
        title: 'Flaky runners',
      }),
    );
    expect(await screen.findByText('Inbox')).toBeInTheDocument();
  });

  it('renders nothing for an entity that is not a platform tool', async () => {
    const notFound = Object.assign(new Error('not a tool'), {
      response: { status: 404 },
    });
    const { container } = await renderCard({
      getRatingSummary: async () => {
        throw notFound;
      },
    });
    await waitFor(() => expect(container).toBeEmptyDOMElement());
  });
});
