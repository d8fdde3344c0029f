import { fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { feedbackCreatePermission } from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from '../../api';
import {
  allow,
  changelogEntry,
  renderChangelog,
  responseError,
} from './__testUtils__/fixtures';
import {
  ChangelogEditorDialog,
  ChangelogEditorDialogProps,
} from './ChangelogEditorDialog';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

async function renderDialog(
  api: Partial<PlatformProductApi>,
  props: Partial<ChangelogEditorDialogProps> = {},
) {
  const onSaved = jest.fn();
  const onReload = jest.fn();
  await renderChangelog(
    <ChangelogEditorDialog
      onClose={jest.fn()}
      onSaved={onSaved}
      onReload={onReload}
      {...props}
    />,
    api,
  );
  return { onSaved, onReload };
}

const textbox = (name: string) => screen.getByRole('textbox', { name });
const button = (name: string) => screen.getByRole('button', { name });

/** Types into a text field (pasted at once: typing is slow). */
async function fill(name: string, text: string) {
  await userEvent.click(textbox(name));
  await userEvent.paste(text);
}

/** Picks an option of an Autocomplete. */
async function choose(field: string, option: string) {
  await userEvent.click(textbox(field));
  await userEvent.click(
    within(await screen.findByRole('listbox')).getByRole('option', {
      name: option,
    }),
  );
}

/** Sets a `datetime-local` field (local time). */
const setDateTime = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), {
    target: { value },
  });

async function writeEntry() {
  await fill('Title', 'Pipelines cache node_modules');
  await userEvent.selectOptions(screen.getByLabelText('Category'), 'Breaking');
  await fill('Body', 'Builds are **faster**.');
  await fill('After', '`npm ci`');
  await choose('Tools', 'CI Pipelines');
  await choose('Roadmap items', '#3 Faster CI caches');
}

const written = {
  title: 'Pipelines cache node_modules',
  body: 'Builds are **faster**.',
  category: 'breaking',
  after: '`npm ci`',
  toolRefs: ['component:default/ci-pipelines'],
  roadmapItemIds: [3],
  earlyAccess: false,
};

describe('ChangelogEditorDialog', () => {
  beforeEach(() => allow(feedbackCreatePermission));

  it('saves a draft with exactly what was written', async () => {
    const created = changelogEntry({ status: 'draft' });
    const createChangelogEntry = jest.fn(async () => created);
    const { onSaved } = await renderDialog({ createChangelogEntry });

    expect(screen.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await writeEntry();
    await userEvent.click(button('Save draft'));

    expect(createChangelogEntry.mock.calls[0]).toStrictEqual([
      { ...written, status: 'draft' },
    ]);
    expect(onSaved).toHaveBeenCalledWith(created);
  });

  it('schedules an entry for a time in the future only', async () => {
    const createChangelogEntry = jest.fn(async () => changelogEntry());
    await renderDialog({ createChangelogEntry });
    await writeEntry();

    expect(screen.queryByLabelText(/Publish at/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Schedule' }));
    await userEvent.click(button('Schedule'));
    expect(
      await screen.findByText('Choose when to publish it'),
    ).toBeInTheDocument();

    setDateTime('Publish at', '2020-01-06T09:30');
    await userEvent.click(button('Schedule'));
    expect(
      await screen.findByText('Choose a time in the future'),
    ).toBeInTheDocument();
    expect(createChangelogEntry).not.toHaveBeenCalled();

    setDateTime('Publish at', '2099-01-06T09:30');
    await userEvent.click(button('Schedule'));
    expect(createChangelogEntry.mock.calls[0]).toStrictEqual([
      {
        ...written,
        status: 'scheduled',
        publishAt: new Date('2099-01-06T09:30').toISOString(),
      },
    ]);
  });

  it('publishes now, in early access until a given time', async () => {
    const createChangelogEntry = jest.fn(async () => changelogEntry());
    await renderDialog({ createChangelogEntry });
    await writeEntry();

    await userEvent.click(screen.getByRole('radio', { name: 'Publish now' }));
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Early access for champions' }),
    );
    setDateTime('Early access until', '2099-02-01T00:00');
    await userEvent.click(button('Publish'));

    expect(createChangelogEntry.mock.calls[0]).toStrictEqual([
      {
        ...written,
        status: 'published',
        earlyAccess: true,
        earlyAccessUntil: new Date('2099-02-01T00:00').toISOString(),
      },
    ]);
  });

  it('previews the entry as readers will see it', async () => {
    await renderDialog({});
    await writeEntry();
    await fill('Before', 'npm install');

    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const preview = screen.getByRole('article', {
      name: 'Pipelines cache node_modules',
    });
    expect(within(preview).getByText('faster').tagName).toBe('STRONG');
    expect(within(preview).getByText('Unread')).toBeInTheDocument();
    expect(
      within(preview).getByRole('region', { name: 'Before' }),
    ).toHaveTextContent('npm install');
    expect(
      within(preview).getByRole('link', { name: 'Ships roadmap item #3' }),
    ).toBeInTheDocument();
    expect(
      within(preview).getByRole('button', { name: 'Helpful (0)' }),
    ).toBeDisabled();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: 'Write' }));
    expect(textbox('Title')).toHaveValue('Pipelines cache node_modules');
  });

  it('sends the version it started from, and offers a reload on a conflict', async () => {
    const entry = changelogEntry({
      status: 'scheduled',
      publishAt: '2099-03-01T08:00:00.000Z',
    });
    const updateChangelogEntry = jest.fn(async () => {
      throw await responseError(
        409,
        'Changelog entry 21 was changed by someone else; reload it',
      );
    });
    const { onReload } = await renderDialog(
      { updateChangelogEntry },
      { entry },
    );

    expect(textbox('Title')).toHaveValue('Pipelines cache node_modules');
    expect(screen.getByRole('radio', { name: 'Schedule' })).toBeChecked();
    await userEvent.click(button('Schedule'));

    expect(updateChangelogEntry).toHaveBeenCalledWith(21, {
      title: 'Pipelines cache node_modules',
      body: 'Builds are **four minutes** faster.',
      category: 'improved',
      toolRefs: ['component:default/ci-pipelines'],
      roadmapItemIds: [],
      status: 'scheduled',
      publishAt: '2099-03-01T08:00:00.000Z',
      earlyAccess: false,
      version: 3,
    });
    expect(
      await screen.findByText(
        'Changelog entry 21 was changed by someone else; reload it',
      ),
    ).toBeInTheDocument();
    await userEvent.click(button('Reload'));
    expect(onReload).toHaveBeenCalled();
  });

  it("shows the server's word on a field next to the field", async () => {
    const createChangelogEntry = jest.fn(async () => {
      throw await responseError(
        400,
        'Invalid body: title: must not contain control characters',
      );
    });
    await renderDialog({ createChangelogEntry });
    await fill('Title', 'Pipelines');
    await userEvent.click(button('Save draft'));
    expect(await screen.findByLabelText(/Title/)).toHaveAccessibleDescription(
      'must not contain control characters',
    );
    expect(screen.queryByText(/Invalid body/)).not.toBeInTheDocument();
  });

  it('says so when a paste is cut at the maximum length', async () => {
    await renderDialog({});
    await fill('After', 'x'.repeat(12_000));
    expect(textbox('After')).toHaveValue('x'.repeat(10_000));
    expect(textbox('After')).toHaveAccessibleDescription(
      'The pasted text was cut to the maximum of 10,000 characters: the last 2,000 are missing.',
    );
  });

  it('says why there are no tools to link', async () => {
    await renderDialog({ getTools: async () => [] });
    await userEvent.click(textbox('Tools'));
    expect(
      await screen.findByText(
        'No platform tools: tools are the catalog entities matching platformProduct.tools.filter',
      ),
    ).toBeInTheDocument();
  });

  it('keeps a published entry published', async () => {
    const updateChangelogEntry = jest.fn(async () => changelogEntry());
    await renderDialog({ updateChangelogEntry }, { entry: changelogEntry() });

    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await userEvent.click(button('Save'));
    expect(updateChangelogEntry).toHaveBeenCalledWith(
      21,
      expect.objectContaining({ status: 'published', version: 3 }),
    );
  });
});
