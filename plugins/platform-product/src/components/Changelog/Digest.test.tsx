import { alertApiRef } from '@backstage/core-plugin-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { usePermission } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import { Digest } from 'backstage-plugin-platform-product-common';
import { ReactElement } from 'react';
import { PlatformProductApi, platformProductApiRef } from '../../api';
import { pick } from '../../__testUtils__/pick';
import {
  alertApi,
  people,
  responseError,
  teams,
} from '../Champions/__testUtils__/fixtures';
import { DigestPreviewButton } from './DigestPreviewDialog';
import { DigestToggle } from './DigestToggle';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const permit = (allowed: boolean) =>
  (usePermission as jest.Mock).mockReturnValue({ loading: false, allowed });

async function render(element: ReactElement, api: Partial<PlatformProductApi>) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [platformProductApiRef, { getTeams: async () => teams, ...api }],
        [alertApiRef, alertApi],
        [catalogApiRef, catalogApiMock({ entities: people })],
      ]}
    >
      {element}
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const janesDigest: Digest = {
  userRef: 'user:default/jane.doe',
  week: '2026-12-14',
  from: '2026-12-07T09:00:00.000Z',
  to: '2026-12-10T15:00:00.000Z',
  changes: [
    {
      entryId: 3,
      title: 'Rotation without restarts',
      toolTitles: ['Secrets API'],
      excerpt: { before: 'Restart by hand', after: 'Nothing to do' },
    },
  ],
  roadmap: [
    {
      itemId: 5,
      title: 'Build cache',
      kind: 'moved',
      fromLane: 'next',
      toLane: 'now',
    },
    { itemId: 6, title: 'ARM runners', kind: 'shipped' },
  ],
  surveys: [
    { surveyId: 2, title: 'Q4 NPS', closesAt: '2026-12-31T00:00:00.000Z' },
  ],
  champions: [
    {
      userRef: 'user:default/jan.novak',
      teamRef: 'group:default/search',
      teamTitle: 'Search',
    },
  ],
};

describe('DigestToggle', () => {
  it('shows the caller’s setting and saves a change', async () => {
    const setDigestSettings = jest.fn(async (s: { enabled: boolean }) => s);
    await render(<DigestToggle />, {
      getDigestSettings: async () => ({ enabled: true }),
      setDigestSettings,
    });
    const toggle = await screen.findByRole('checkbox', {
      name: 'Weekly digest',
    });
    await waitFor(() => expect(toggle).toBeChecked());
    await userEvent.click(toggle);
    expect(setDigestSettings).toHaveBeenCalledWith({ enabled: false });
    await waitFor(() => expect(toggle).not.toBeChecked());
  });

  it('says why a save failed and keeps what the server holds', async () => {
    const failure = await responseError(400, 'database down');
    await render(<DigestToggle />, {
      getDigestSettings: async () => ({ enabled: false }),
      setDigestSettings: async () => {
        throw failure;
      },
    });
    const toggle = await screen.findByRole('checkbox', {
      name: 'Weekly digest',
    });
    await waitFor(() => expect(toggle).toBeEnabled());
    await userEvent.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load or save your digest setting: database down',
    );
    expect(toggle).not.toBeChecked();
  });
});

describe('DigestPreviewButton', () => {
  it('is not there for people who may not preview', async () => {
    permit(false);
    await render(<DigestPreviewButton />, {});
    expect(
      screen.queryByRole('button', { name: 'Preview digest' }),
    ).not.toBeInTheDocument();
  });

  it('shows the digest of the person picked', async () => {
    permit(true);
    const previewDigest = jest.fn(async () => janesDigest);
    await render(<DigestPreviewButton />, { previewDigest });
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview digest' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Preview a weekly digest',
    });
    await pick(dialog, /Person/, 'jane', /Jane Doe/);

    expect(previewDigest).toHaveBeenCalledWith('user:default/jane.doe');
    expect(
      await within(dialog).findByText(
        'Week of 2026-12-14 · covers 2026-12-07 to 2026-12-10',
      ),
    ).toBeInTheDocument();
    const changes = within(dialog).getByRole('list', {
      name: 'What changed in the tools their teams use',
    });
    expect(changes).toHaveTextContent('Rotation without restarts');
    expect(changes).toHaveTextContent('Tools: Secrets API');
    expect(changes).toHaveTextContent('Restart by hand');
    const roadmap = within(dialog).getByRole('list', {
      name: 'Roadmap items they voted for',
    });
    expect(roadmap).toHaveTextContent('Build cachemoved from Next to Now');
    expect(roadmap).toHaveTextContent('ARM runnersshipped');
    expect(
      within(dialog).getByRole('list', { name: 'Surveys' }),
    ).toHaveTextContent('Q4 NPScloses 2026-12-31');
    expect(
      within(dialog).getByRole('list', {
        name: 'New champions of their teams',
      }),
    ).toHaveTextContent('champion of Search');
  });

  it('says when the person would get no digest', async () => {
    permit(true);
    await render(<DigestPreviewButton />, {
      previewDigest: async () => ({
        ...janesDigest,
        changes: [],
        roadmap: [],
        surveys: [],
        champions: [],
      }),
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Preview digest' }),
    );
    const dialog = await screen.findByRole('dialog');
    await pick(dialog, /Person/, 'jane', /Jane Doe/);
    expect(
      await within(dialog).findByText(
        'Nothing to say yet: this person would get no digest.',
      ),
    ).toBeInTheDocument();
  });
});
