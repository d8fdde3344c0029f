import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  defaultNpsQuestion,
  Survey,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { SurveyEditorDialog } from './SurveyEditorDialog';

const teams = [
  {
    ref: 'group:default/checkout',
    name: 'checkout',
    title: 'Checkout',
    memberCount: 6,
  },
  {
    ref: 'group:default/search',
    name: 'search',
    title: 'Search',
    memberCount: 4,
  },
  {
    ref: 'group:default/payments',
    name: 'payments',
    title: 'Payments',
    memberCount: 5,
  },
];
const tools = [
  {
    ref: 'component:default/ci-pipelines',
    kind: 'Component',
    name: 'ci-pipelines',
    title: 'CI Pipelines',
  },
];
const saved: Survey = {
  id: 7,
  title: 'Platform NPS, spring',
  question: defaultNpsQuestion,
  teamRefs: [],
  opensAt: '2026-04-01T07:00:00Z',
  closesAt: '2026-04-15T15:00:00Z',
  state: 'scheduled',
  createdBy: 'user:default/pat',
  responseCount: null,
  minGroupSize: 5,
};

async function renderDialog(api: Partial<PlatformProductApi>, survey?: Survey) {
  const onSaved = jest.fn();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          platformProductApiRef,
          { getTeams: async () => teams, getTools: async () => tools, ...api },
        ],
      ]}
    >
      <SurveyEditorDialog
        survey={survey}
        onClose={jest.fn()}
        onSaved={onSaved}
      />
    </TestApiProvider>,
  );
  return { onSaved };
}

const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), {
    target: { value },
  });

describe('SurveyEditorDialog', () => {
  it('creates a survey of one tool for chosen teams', async () => {
    const createSurvey = jest.fn(async () => saved);
    const { onSaved } = await renderDialog({ createSurvey });

    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveValue(
      defaultNpsQuestion,
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Title' }),
      'CI pipelines NPS',
    );
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Tool' }),
      'CI Pipelines',
    );
    // The question follows the tool while it is not reworded.
    const toolQuestion =
      'How likely are you to recommend CI Pipelines to a colleague?';
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveValue(
      toolQuestion,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Chosen teams' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Teams' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Search' }),
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Teams' }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Checkout' }),
    );
    setDate('Opens', '2026-04-01T09:00');
    setDate('Closes', '2026-04-15T17:00');
    await userEvent.click(
      screen.getByRole('button', { name: 'Create survey' }),
    );

    expect(createSurvey).toHaveBeenCalledWith({
      title: 'CI pipelines NPS',
      question: toolQuestion,
      toolRef: 'component:default/ci-pipelines',
      teamRefs: ['group:default/search', 'group:default/checkout'],
      opensAt: new Date('2026-04-01T09:00').toISOString(),
      closesAt: new Date('2026-04-15T17:00').toISOString(),
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
  });

  it('asks every team by default, opening now for two weeks', async () => {
    const createSurvey = jest.fn(async () => saved);
    await renderDialog({ createSurvey });
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Q2');
    expect(screen.getByRole('radio', { name: 'All teams' })).toBeChecked();
    await userEvent.click(
      screen.getByRole('button', { name: 'Create survey' }),
    );

    const [input] = createSurvey.mock.calls[0] as unknown as [
      { teamRefs: string[]; opensAt: string; closesAt: string },
    ];
    expect(input.teamRefs).toEqual([]);
    const days =
      (Date.parse(input.closesAt) - Date.parse(input.opensAt)) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    expect(Math.abs(Date.parse(input.opensAt) - Date.now())).toBeLessThan(
      120_000,
    );
  });

  it('refuses a closing time before the opening time, and a missing title', async () => {
    const createSurvey = jest.fn(async () => saved);
    await renderDialog({ createSurvey });
    setDate('Opens', '2026-04-15T09:00');
    setDate('Closes', '2026-04-01T09:00');
    await userEvent.click(
      screen.getByRole('button', { name: 'Create survey' }),
    );

    expect(
      screen.getByText('Must be after the opening time'),
    ).toBeInTheDocument();
    expect(screen.getByText('Give the survey a title')).toBeInTheDocument();
    expect(createSurvey).not.toHaveBeenCalled();
  });

  it('requires a team when the audience is chosen teams', async () => {
    const createSurvey = jest.fn(async () => saved);
    await renderDialog({ createSurvey });
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Q2');
    await userEvent.click(screen.getByRole('radio', { name: 'Chosen teams' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Create survey' }),
    );
    expect(screen.getByText('Choose at least one team')).toBeInTheDocument();
    expect(createSurvey).not.toHaveBeenCalled();
  });

  it('says how teams are found when there is none to choose', async () => {
    await renderDialog({ getTeams: async () => [] });
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Chosen teams' }),
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Teams' }));
    expect(
      await screen.findByText(
        'No teams found: teams are catalog Group entities matching platformProduct.teams.filter',
      ),
    ).toBeInTheDocument();
  });

  it('says when no team matches what is typed', async () => {
    await renderDialog({});
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Chosen teams' }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Teams' }), 'zzz');
    expect(await screen.findByText('No team matches')).toBeInTheDocument();
  });

  it("shows the server's word on a field next to the field", async () => {
    const createSurvey = jest.fn(async () => {
      throw new Error(
        'Invalid body: question: must be at most 500 characters; closesAt: must be a date',
      );
    });
    await renderDialog({ createSurvey });
    await userEvent.type(screen.getByRole('textbox', { name: 'Title' }), 'Q2');
    await userEvent.click(
      screen.getByRole('button', { name: 'Create survey' }),
    );
    const question = screen.getByRole('textbox', { name: 'Question' });
    expect(
      await within(question.closest('.MuiFormControl-root')!).findByText(
        'must be at most 500 characters',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('must be a date')).toBeInTheDocument();
    expect(screen.queryByText(/Invalid body/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Could not save/)).not.toBeInTheDocument();
  });

  it('edits a survey, starting from its values, and shows server errors', async () => {
    const updateSurvey = jest.fn(async () => {
      throw new Error('an open survey cannot change its audience');
    });
    await renderDialog(
      { updateSurvey },
      { ...saved, teamRefs: ['group:default/payments'] },
    );
    expect(
      await screen.findByRole('button', { name: 'Payments' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Platform NPS, spring',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save survey' }));

    expect(updateSurvey).toHaveBeenCalledWith(
      7,
      expect.objectContaining({
        teamRefs: ['group:default/payments'],
        opensAt: '2026-04-01T07:00:00.000Z',
      }),
    );
    expect(
      await screen.findByText(
        'Could not save the survey: an open survey cannot change its audience',
      ),
    ).toBeInTheDocument();
  });
});
