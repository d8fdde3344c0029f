import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { Survey } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { SurveyAnswerForm } from './SurveyAnswerForm';

const survey: Survey = {
  id: 7,
  title: 'Platform NPS, spring',
  question: 'How likely are you to recommend the platform to a colleague?',
  teamRefs: [],
  opensAt: '2026-03-01T09:00:00Z',
  closesAt: '2026-03-15T17:00:00Z',
  state: 'open',
  createdBy: 'user:default/pat',
  responseCount: null,
  minGroupSize: 5,
};

async function renderForm(
  api: Partial<PlatformProductApi>,
  props: Partial<Parameters<typeof SurveyAnswerForm>[0]> = {},
) {
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      <SurveyAnswerForm survey={survey} {...props} />
    </TestApiProvider>,
  );
}

describe('SurveyAnswerForm', () => {
  it('sends the score, the reason and the anonymity choice', async () => {
    const answered = {
      survey,
      mine: {
        score: 9,
        reason: 'Fast builds',
        anonymous: false,
        updatedAt: '2026-03-02T10:00:00Z',
      },
    };
    const answerSurvey = jest.fn(async () => answered);
    const onAnswered = jest.fn();
    await renderForm({ answerSurvey }, { onAnswered });

    const scale = screen.getByRole('radiogroup', { name: survey.question });
    expect(scale).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(
      screen.getByRole('radio', { name: '0' }),
    ).toHaveAccessibleDescription('Not at all likely');
    expect(
      screen.getByRole('radio', { name: '10' }),
    ).toHaveAccessibleDescription('Extremely likely');
    const send = screen.getByRole('button', { name: 'Send answer' });
    expect(send).toBeDisabled();

    await userEvent.click(screen.getByRole('radio', { name: '9' }));
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Why? (optional)' }),
      '  Fast builds ',
    );
    const anonymous = screen.getByRole('checkbox', {
      name: 'Answer anonymously',
    });
    expect(anonymous).toBeChecked();
    expect(anonymous).toHaveAccessibleDescription(
      'Your name is never stored with an anonymous answer.',
    );
    await userEvent.click(anonymous);
    await userEvent.click(send);

    expect(answerSurvey).toHaveBeenCalledWith(7, {
      score: 9,
      reason: 'Fast builds',
      anonymous: false,
    });
    await waitFor(() => expect(onAnswered).toHaveBeenCalledWith(answered));
  });

  it('is anonymous by default and leaves out an empty reason', async () => {
    const answerSurvey = jest.fn(async () => ({ survey }));
    await renderForm({ answerSurvey });
    await userEvent.click(screen.getByRole('radio', { name: '0' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(answerSurvey).toHaveBeenCalledWith(7, {
      score: 0,
      reason: undefined,
      anonymous: true,
    });
  });

  it('starts from the previous answer and offers to update it', async () => {
    await renderForm(
      {},
      {
        mine: {
          score: 6,
          reason: 'Slow deploys',
          anonymous: false,
          updatedAt: '2026-03-02T10:00:00Z',
        },
      },
    );
    expect(screen.getByRole('radio', { name: '6' })).toBeChecked();
    expect(
      screen.getByRole('textbox', { name: 'Why? (optional)' }),
    ).toHaveValue('Slow deploys');
    expect(
      screen.getByRole('checkbox', { name: 'Answer anonymously' }),
    ).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Update answer' })).toBeEnabled();
  });

  it('shows why the server refused the answer', async () => {
    const closed = await ResponseError.fromResponse({
      ok: false,
      status: 409,
      statusText: 'Conflict',
      url: '',
      headers: new Headers({ 'content-type': 'application/json' }),
      text: async () =>
        JSON.stringify({
          error: { name: 'ConflictError', message: 'The survey is closed' },
          response: { statusCode: 409 },
        }),
    } as Response);
    await renderForm({
      answerSurvey: async () => {
        throw closed;
      },
    });
    await userEvent.click(screen.getByRole('radio', { name: '8' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(
      await screen.findByText(
        /Could not save your answer: The survey is closed/,
      ),
    ).toBeInTheDocument();
  });
});
