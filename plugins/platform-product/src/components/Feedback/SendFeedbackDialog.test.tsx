import { alertApiRef } from '@backstage/core-plugin-api';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { feedbackCreatePermission } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { alertApi, allow, feedbackItem, tools } from './__testUtils__/fixtures';
import { rootRouteRef } from '../../routes';
import { SendFeedbackButton } from './SendFeedbackButton';
import { withoutPauses } from '../../__testUtils__/withoutPauses';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

async function renderButton(
  api: Partial<PlatformProductApi>,
  props: { toolRef?: string } = {},
) {
  const onSent = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          platformProductApiRef,
          {
            getTools: async () => tools,
            similarFeedback: async () => [],
            ...api,
          },
        ],
        [alertApiRef, alertApi],
      ]}
    >
      <SendFeedbackButton {...props} onSent={onSent} />
    </TestApiProvider>,
    { mountedRoutes: { '/platform-product': rootRouteRef } },
  );
  await userEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
  await screen.findByRole('option', { name: 'CI Pipelines' });
  return onSent;
}

describe('SendFeedbackDialog', () => {
  beforeEach(() => {
    allow(feedbackCreatePermission);
    alertApi.post.mockReset();
  });

  it('suggests similar feedback from four characters of the title, to +1 instead', () =>
    withoutPauses(async () => {
      const similar = feedbackItem({
        id: 12,
        title: 'Slow cache restores',
        voteCount: 4,
        anonymous: true,
        authorRef: undefined,
      });
      const similarFeedback = jest.fn(async () => [similar]);
      const voteFeedback = jest.fn(async () => ({
        ...similar,
        voted: true,
        voteCount: 5,
      }));
      await renderButton(
        { similarFeedback, voteFeedback },
        { toolRef: 'component:default/ci-pipelines' },
      );

      await userEvent.type(screen.getByLabelText(/^Title/), 'Slo');
      expect(
        screen.queryByText(/Similar feedback already sent/),
      ).not.toBeInTheDocument();
      await userEvent.type(screen.getByLabelText(/^Title/), 'w cache');

      const link = await screen.findByRole('link', {
        name: 'Slow cache restores',
      });
      expect(link).toHaveAttribute('href', '/platform-product/feedback/12');
      expect(similarFeedback).toHaveBeenLastCalledWith({
        toolRef: 'component:default/ci-pipelines',
        title: 'Slow cache',
        excludeId: undefined,
      });
      expect(similarFeedback).not.toHaveBeenCalledWith(
        expect.objectContaining({ title: 'Slo' }),
      );
      expect(screen.getByText('New · 4 +1s')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: /4/ }));
      expect(voteFeedback).toHaveBeenCalledWith(12, true);
      expect(
        await screen.findByRole('button', { name: /5/ }),
      ).toBeInTheDocument();
    }));

  it('requires a tool and a title', async () => {
    const sendFeedback = jest.fn();
    await renderButton({ sendFeedback });

    await userEvent.type(screen.getByLabelText('Details'), 'Only details');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));

    expect(screen.getByText('Title is required')).toBeInTheDocument();
    expect(screen.getByText('A tool is required')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(sendFeedback).not.toHaveBeenCalled();
  });

  it('sends the feedback, anonymously if asked, and thanks the sender', () =>
    withoutPauses(async () => {
      const sent = feedbackItem({ id: 31, anonymous: true, mine: true });
      const sendFeedback = jest.fn(async () => sent);
      const onSent = await renderButton({ sendFeedback });

      await userEvent.selectOptions(
        screen.getByLabelText('Tool'),
        'Service Templates',
      );
      await userEvent.click(screen.getByLabelText('Idea'));
      await userEvent.type(
        screen.getByLabelText(/^Title/),
        '  Kotlin template  ',
      );
      expect(screen.getByText('19/200')).toBeInTheDocument();
      await userEvent.type(
        screen.getByLabelText('Details'),
        'We have *six* teams on Kotlin.',
      );
      const anonymous = screen.getByLabelText('Send anonymously');
      expect(anonymous).toHaveAccessibleDescription(
        /will not see who sent it\. It will not appear under “Only mine”/,
      );
      await userEvent.click(anonymous);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));

      expect(sendFeedback).toHaveBeenCalledWith({
        toolRef: 'component:default/service-templates',
        kind: 'idea',
        title: 'Kotlin template',
        body: 'We have *six* teams on Kotlin.',
        anonymous: true,
      });
      await waitFor(() => expect(onSent).toHaveBeenCalledWith(sent));
      expect(alertApi.post).toHaveBeenCalledWith(
        expect.objectContaining({ message: 'Thanks — your feedback was sent' }),
      );
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
    }));

  it('shows the server’s message next to its field and keeps the input when sending fails', async () => {
    const error = Object.assign(
      new Error('Request failed with 400 Bad Request'),
      {
        cause: new Error(
          'Invalid body: toolRef: component:default/x is not a platform tool',
        ),
      },
    );
    const onSent = await renderButton(
      { sendFeedback: jest.fn().mockRejectedValue(error) },
      { toolRef: 'component:default/ci-pipelines' },
    );

    await userEvent.type(screen.getByLabelText(/^Title/), 'Flaky runners');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));

    expect(
      await screen.findByText('component:default/x is not a platform tool'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Invalid body/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Flaky runners');
    expect(onSent).not.toHaveBeenCalled();
  });

  it('locks the tool when opened for one tool', async () => {
    const sendFeedback = jest.fn(async () => feedbackItem());
    await renderButton(
      { sendFeedback },
      { toolRef: 'component:default/ci-pipelines' },
    );

    const tool = screen.getByLabelText('Tool');
    expect(tool).toBeDisabled();
    expect(tool).toHaveDisplayValue('CI Pipelines');
    await userEvent.type(screen.getByLabelText(/^Title/), 'Flaky runners');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sendFeedback).toHaveBeenCalledWith({
      toolRef: 'component:default/ci-pipelines',
      kind: 'feedback',
      title: 'Flaky runners',
      body: '',
      anonymous: false,
    });
  });

  it('says why there is no tool to choose', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [platformProductApiRef, { getTools: async () => [] }],
          [alertApiRef, alertApi],
        ]}
      >
        <SendFeedbackButton onSent={jest.fn()} />
      </TestApiProvider>,
      { mountedRoutes: { '/platform-product': rootRouteRef } },
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Send feedback' }),
    );
    expect(
      await screen.findByText(
        'No platform tools to choose from: tools are the catalog entities matching platformProduct.tools.filter',
      ),
    ).toBeInTheDocument();
  });

  it('is not offered to people who may not give feedback', async () => {
    allow();
    await renderInTestApp(
      <TestApiProvider apis={[[platformProductApiRef, {}]]}>
        <SendFeedbackButton onSent={jest.fn()} />
      </TestApiProvider>,
    );
    expect(
      screen.queryByRole('button', { name: 'Send feedback' }),
    ).not.toBeInTheDocument();
  });

  it('says so when a paste is cut at the maximum length', async () => {
    await renderButton({});
    const details = screen.getByLabelText('Details');
    await userEvent.click(details);
    await userEvent.paste('x'.repeat(12_000));
    expect(details).toHaveValue('x'.repeat(10_000));
    expect(details).toHaveAccessibleDescription(
      'The pasted text was cut to the maximum of 10,000 characters: the last 2,000 are missing.',
    );
    expect(details).toHaveAttribute('aria-invalid', 'true');
  });
});
