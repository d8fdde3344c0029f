import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { RatingPromptBanner } from './RatingPromptBanner';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const prompt = {
  toolRef: 'component:default/ci-pipelines',
  title: 'CI Pipelines',
  uses: 1,
  lastUsedOn: '2026-12-01',
};

async function renderBanner(api: Partial<PlatformProductApi>, allowed = true) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      <RatingPromptBanner />
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('RatingPromptBanner', () => {
  it('invites the reader to rate the tool they used, on its page, until dismissed', async () => {
    const dismissRatingPrompt = jest.fn(async () => {});
    await renderBanner({
      getRatingPrompt: async () => prompt,
      dismissRatingPrompt,
    });
    expect(
      await screen.findByText(
        'You used CI Pipelines 1 time lately: how is it?',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rate it' })).toHaveAttribute(
      'href',
      '/catalog/default/component/ci-pipelines',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(dismissRatingPrompt).toHaveBeenCalledWith(prompt.toolRef);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks nothing of people who may not rate', async () => {
    const getRatingPrompt = jest.fn(async () => prompt);
    await renderBanner({ getRatingPrompt }, false);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(getRatingPrompt).not.toHaveBeenCalled();
  });
});
