import { screen, within } from '@testing-library/react';
import { userEvent } from '../../__testUtils__/userEvent';
import {
  RoadmapPriority,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import { allow, renderRoadmap } from './__testUtils__/fixtures';
import { RoadmapTab } from './RoadmapTab';

jest.mock('@backstage/plugin-permission-react', () => ({
  ...jest.requireActual('@backstage/plugin-permission-react'),
  usePermission: jest.fn(),
}));

const row = (
  id: number,
  title: string,
  riceScore: number,
  voteCount: number,
  ranks: [number, number],
): RoadmapPriority => ({
  item: {
    id,
    title,
    lane: 'now',
    riceScore,
    voteCount,
    reach: 100,
    confidence: 0.8,
  },
  evidence: { people: id * 2, teams: id, kinds: 1, links: id },
  riceRank: ranks[0],
  voteRank: ranks[1],
  rankGap: ranks[0] - ranks[1],
});

const priorities = {
  truncated: false,
  itemsPerLane: 100,
  items: [
    row(1, 'Faster CI caches', 160.4, 2, [1, 2]),
    row(2, 'Self-service secrets', 22, 9, [2, 1]),
  ],
};

describe('RoadmapPrioritiesView', () => {
  it('shows maintainers RICE against votes and the evidence, sorts, and downloads raw values', async () => {
    allow(roadmapUpdatePermission);
    const createObjectURL = jest.fn((_blob: Blob) => 'blob:priorities');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    await renderRoadmap(
      <RoadmapTab />,
      { getRoadmapPriorities: async () => priorities },
      '/platform-product/roadmap?view=priorities',
    );

    const table = await screen.findByRole('table');
    const rows = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map(r => r.textContent);
    expect(rows()).toEqual([
      'Faster CI cachesDoing now160221112-1',
      'Self-service secretsDoing now22942121+1',
    ]);
    await userEvent.click(within(table).getByText('Rank gap'));
    await userEvent.click(within(table).getByText('Rank gap'));
    expect(rows()[0]).toMatch(/^Self-service secrets/);

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const csv = await createObjectURL.mock.calls[0][0].text();
    expect(csv.split('\r\n')[1]).toBe(
      '1,Faster CI caches,now,160.4,2,2,1,1,1,1,2,-1',
    );
    click.mockRestore();
  });

  it('has no tab for people who may not prioritise', async () => {
    allow();
    await renderRoadmap(<RoadmapTab />, {}, '/platform-product/roadmap');
    expect(await screen.findByRole('tab', { name: 'Board' })).toBeVisible();
    expect(screen.queryByRole('tab', { name: 'Priorities' })).toBeNull();
  });
});
