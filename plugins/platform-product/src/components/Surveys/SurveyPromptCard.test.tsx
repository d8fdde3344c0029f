import { EntityProvider } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { Survey, SurveyPrompt } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { EntitySurveyPromptCard, SurveyPromptCard } from './SurveyPromptCard';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const survey: Survey = {
  id: 7,
  title: 'CI pipelines NPS',
  question: 'How likely are you to recommend CI pipelines to a colleague?',
  toolRef: 'component:default/ci-pipelines',
  teamRefs: ['group:default/checkout'],
  opensAt: '2026-03-01T09:00:00Z',
  closesAt: '2026-03-15T17:00:00Z',
  state: 'open',
  createdBy: 'user:default/pat',
  responseCount: null,
  minGroupSize: 5,
};
const mine = { score: 9, anonymous: true, updatedAt: '2026-03-02T10:00:00Z' };

async function renderCard(
  api: Partial<PlatformProductApi>,
  card = <SurveyPromptCard />,
) {
  jest.mocked(usePermission).mockReturnValue({ loading: false, allowed: true });
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      {card}
    </TestApiProvider>,
  );
}

describe('SurveyPromptCard', () => {
  it('answers inline, then thanks and allows a change until the survey closes', async () => {
    const answerSurvey = jest.fn(
      async (): Promise<SurveyPrompt> => ({ survey, mine }),
    );
    await renderCard({
      getSurveyPrompts: async () => [{ survey }],
      answerSurvey,
    });
    const section = await screen.findByRole('region', {
      name: 'CI pipelines NPS',
    });
    await userEvent.click(within(section).getByRole('radio', { name: '9' }));
    await userEvent.click(
      within(section).getByRole('button', { name: 'Send answer' }),
    );

    expect(answerSurvey).toHaveBeenCalledWith(7, {
      score: 9,
      reason: undefined,
      anonymous: true,
    });
    expect(
      await within(section).findByText(
        /^Thanks, you answered \(score 9\)\. You can change your answer until .*2026/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Change answer' }),
    );
    expect(within(section).getByRole('radio', { name: '9' })).toBeChecked();
    expect(
      within(section).getByRole('button', { name: 'Update answer' }),
    ).toBeInTheDocument();
  });

  it('asks for the surveys about the entity on an entity page', async () => {
    const getSurveyPrompts = jest.fn(async () => [{ survey, mine }]);
    await renderCard(
      { getSurveyPrompts },
      <EntityProvider
        entity={{
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'ci-pipelines',
            namespace: 'default',
            tags: ['platform-tool'],
          },
        }}
      >
        <EntitySurveyPromptCard />
      </EntityProvider>,
    );
    expect(
      await screen.findByText(/Thanks, you answered \(score 9\)/),
    ).toBeInTheDocument();
    expect(getSurveyPrompts).toHaveBeenCalledWith({
      toolRef: 'component:default/ci-pipelines',
    });
  });

  it('renders nothing without an open survey for the reader', async () => {
    const getSurveyPrompts = jest.fn(async () => []);
    const { container } = await renderCard({ getSurveyPrompts });
    await waitFor(() => expect(getSurveyPrompts).toHaveBeenCalled());
    expect(container).toBeEmptyDOMElement();
  });
});
