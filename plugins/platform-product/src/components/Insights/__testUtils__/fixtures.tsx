import { ReactElement } from 'react';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import {
  ToolInsight,
  ToolInsights,
  Scorecard,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi, platformProductApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';

export { parseCsv } from '../../../__testUtils__/parseCsv';

export function toolInsight(overrides: Partial<ToolInsight> = {}): ToolInsight {
  return {
    toolRef: 'component:default/ci-pipelines',
    title: 'CI Pipelines',
    adoption: { adoptingTeams: 12, eligibleTeams: 13, rate: 12 / 13 },
    activeAdoption: { activeTeams: 11, eligibleTeams: 13, rate: 11 / 13 },
    gap: {
      declaredInactive: ['group:default/mobile-ios'],
      activeUndeclared: [],
    },
    mandated: null,
    rating: { count: 31, average: 4.23 },
    nps: { surveyId: 7, title: 'CI, spring', nps: 35, responses: 20 },
    openFeedback: 3,
    roadmapNow: 1,
    lastChangelogAt: '2026-03-12T10:00:00Z',
    enoughRatings: true,
    captive: false,
    ...overrides,
  };
}

/**
 * Loved and used (CI Pipelines, with a team declaring it without use), captive (a title with a
 * comma, for CSV quoting, mandated by a maintainer), and two tools whose ratings the server
 * hides as fewer than the minimum group size: Service Templates (although widely adopted;
 * mandated by configuration) and Secrets Vault (used by a team that does not declare it).
 */
export const insights: ToolInsights = {
  minGroupSize: 5,
  activeDays: 28,
  thresholds: { adoption: 0.5, rating: 3 },
  tools: [
    toolInsight({
      toolRef: 'component:default/service-templates',
      title: 'Service Templates',
      adoption: { adoptingTeams: 9, eligibleTeams: 13, rate: 9 / 13 },
      activeAdoption: { activeTeams: 9, eligibleTeams: 13, rate: 9 / 13 },
      gap: { declaredInactive: [], activeUndeclared: [] },
      mandated: { source: 'config' },
      rating: { count: null, average: null },
      nps: undefined,
      openFeedback: 0,
      roadmapNow: 0,
      lastChangelogAt: undefined,
      enoughRatings: false,
    }),
    toolInsight(),
    toolInsight({
      toolRef: 'component:default/secrets-vault',
      title: 'Secrets Vault',
      adoption: { adoptingTeams: 1, eligibleTeams: 13, rate: 1 / 13 },
      activeAdoption: { activeTeams: 2, eligibleTeams: 13, rate: 2 / 13 },
      gap: {
        declaredInactive: [],
        activeUndeclared: ['group:default/storefront'],
      },
      rating: { count: null, average: null },
      nps: undefined,
      openFeedback: 1,
      roadmapNow: 2,
      lastChangelogAt: undefined,
      enoughRatings: false,
    }),
    toolInsight({
      toolRef: 'component:default/legacy-deployer',
      title: 'Deployer, legacy',
      adoption: { adoptingTeams: 10, eligibleTeams: 13, rate: 10 / 13 },
      activeAdoption: { activeTeams: 10, eligibleTeams: 13, rate: 10 / 13 },
      gap: { declaredInactive: [], activeUndeclared: [] },
      mandated: {
        source: 'maintainer',
        by: 'user:default/sven.eriksen',
        at: '2026-12-01T09:00:00Z',
      },
      rating: { count: 12, average: 2.36 },
      nps: { surveyId: 8, title: 'Deployer', nps: -20, responses: 15 },
      openFeedback: 5,
      roadmapNow: 0,
      lastChangelogAt: '2025-11-02T10:00:00Z',
      captive: true,
    }),
  ],
};

export async function renderInsights(
  element: ReactElement,
  api: Partial<PlatformProductApi> = {},
  path = '/platform-product/insights',
) {
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductApiRef, api]]}>
      {element}
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/platform-product': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

/** Where the "Read the docs" buttons of the guided empty states on screen lead. */
export const docsLinks = () =>
  screen
    .getAllByRole('button', { name: /Read the docs/ })
    .map(button => button.getAttribute('href'));

/**
 * recharts' ResponsiveContainer measures its parent, which jsdom does not lay out: every
 * observed element reports 800 × 400, so that charts draw.
 */
export function stubResizeObserver() {
  class SizedResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.callback(
        [{ target, contentRect: { width: 800, height: 400 } } as any],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: SizedResizeObserver });
}

/** Records the files the page hands to the browser: name and text. Restore with `restore`. */
export function captureDownloads() {
  const files: { fileName: string; text: Promise<string> }[] = [];
  let blob: Blob | undefined;
  Object.assign(URL, {
    createObjectURL: (created: Blob) => {
      blob = created;
      return 'blob:insights';
    },
    revokeObjectURL: () => {},
  });
  const click = jest
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(function record(this: HTMLAnchorElement) {
      files.push({ fileName: this.download, text: blob!.text() });
    });
  return { files, restore: () => click.mockRestore() };
}

/** A scorecard: adoption on track with a trend, NPS off track, time to first deploy unmeasured. */
export const scorecard: Scorecard = {
  trendDays: 90,
  kpis: [
    {
      id: 'activeAdoption',
      unit: 'ratio',
      indicator: 'leading',
      comparison: 'atLeast',
      target: 0.8,
      value: 0.85,
      basis: 13,
      status: 'onTrack',
      trend: [
        { day: '2026-11-01', value: 0.62 },
        { day: '2026-11-15', value: 0.7 },
        { day: '2026-12-01', value: 0.85 },
      ],
    },
    {
      id: 'nps',
      unit: 'nps',
      indicator: 'lagging',
      comparison: 'above',
      target: 40,
      value: 12,
      basis: 31,
      status: 'offTrack',
      trend: [],
    },
    {
      id: 'timeToFirstDeploy',
      unit: 'days',
      indicator: 'leading',
      comparison: 'atMost',
      target: 7,
      value: null,
      basis: 0,
      status: 'noData',
      trend: [],
    },
  ],
};
