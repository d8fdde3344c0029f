import { storageApiRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { Survey, SurveyPrompt } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { SurveyBanner } from './SurveyBanner';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

function survey(id: number, title: string): Survey {
  return {
    id,
    title,
    question: 'How likely are you to recommend the platform to a colleague?',
    teamRefs: [],
    opensAt: '2026-03-01T09:00:00Z',
    closesAt: '2026-03-15T17:00:00Z',
    state: 'open',
    createdBy: 'user:default/pat',
    responseCount: null,
    minGroupSize: 5,
  };
}
const answered: SurveyPrompt = {
  survey: survey(1, 'Answered already'),
  mine: { score: 8, anonymous: true, updatedAt: '2026-03-02T10:00:00Z' },
};
const spring: SurveyPrompt = { survey: survey(7, 'Platform NPS, spring') };

async function renderBanner(
  api: Partial<PlatformProductApi>,
  { storage = mockApis.storage(), allowed = true } = {},
) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, api],
        [storageApiRef, storage],
      ]}
    >
      <SurveyBanner />
    </TestApiProvider>,
  );
}

describe('SurveyBanner', () => {
  it('invites to the first open survey the user has not answered', async () => {
    await renderBanner({ getSurveyPrompts: async () => [answered, spring] });
    expect(
      await screen.findByText(
        'Platform team survey: Platform NPS, spring — takes 10 seconds',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Answered already/)).not.toBeInTheDocument();
  });

  it('renders nothing when every open survey is answered', async () => {
    const getSurveyPrompts = jest.fn(async () => [answered]);
    const { container } = await renderBanner({ getSurveyPrompts });
    await waitFor(() => expect(getSurveyPrompts).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });

  it('hides a dismissed survey and remembers it', async () => {
    const storage = mockApis.storage();
    await renderBanner({ getSurveyPrompts: async () => [spring] }, { storage });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Dismiss' }),
    );

    expect(screen.queryByText(/Platform team survey/)).not.toBeInTheDocument();
    expect(
      storage.forBucket('platform-product').snapshot('dismissedSurveyIds')
        .value,
    ).toEqual([7]);
  });

  it('stays hidden for a survey dismissed earlier', async () => {
    const storage = mockApis.storage();
    await storage.forBucket('platform-product').set('dismissedSurveyIds', [7]);
    const getSurveyPrompts = jest.fn(async () => [spring]);
    const { container } = await renderBanner({ getSurveyPrompts }, { storage });
    await waitFor(() => expect(getSurveyPrompts).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });

  it('answers in a dialog, then goes away', async () => {
    const answerSurvey = jest.fn(async () => ({
      ...spring,
      mine: { score: 10, anonymous: true, updatedAt: '2026-03-02T10:00:00Z' },
    }));
    await renderBanner({
      getSurveyPrompts: async () => [spring],
      answerSurvey,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Answer' }),
    );

    const dialog = screen.getByRole('dialog', { name: 'Platform NPS, spring' });
    await userEvent.click(within(dialog).getByRole('radio', { name: '10' }));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Send answer' }),
    );

    expect(answerSurvey).toHaveBeenCalledWith(7, {
      score: 10,
      reason: undefined,
      anonymous: true,
    });
    await waitFor(() =>
      expect(
        screen.queryByText(/Platform team survey/),
      ).not.toBeInTheDocument(),
    );
  });

  it('renders nothing for people who may not answer surveys', async () => {
    const getSurveyPrompts = jest.fn(async () => [spring]);
    const { container } = await renderBanner(
      { getSurveyPrompts },
      { allowed: false },
    );
    expect(container).toBeEmptyDOMElement();
    expect(getSurveyPrompts).not.toHaveBeenCalled();
  });
});
