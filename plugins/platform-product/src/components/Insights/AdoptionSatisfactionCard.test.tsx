import { screen, within } from '@testing-library/react';
import { docsUrl } from '../shared/docsUrl';
import {
  docsLinks,
  insights,
  renderInsights,
  stubResizeObserver,
  toolInsight,
} from './__testUtils__/fixtures';
import { AdoptionSatisfactionCard } from './AdoptionSatisfactionCard';

beforeAll(stubResizeObserver);

const point = (toolRef: string) =>
  screen.queryByTestId(`point-component:default/${toolRef}`);

describe('AdoptionSatisfactionCard', () => {
  it('sums up the quadrants for screen readers', async () => {
    await renderInsights(<AdoptionSatisfactionCard insights={insights} />);
    expect(
      screen.getByRole('img', {
        name: 'Active adoption against average rating of 4 tools. Loved and used: CI Pipelines. Loved, not yet used: none. Used, not loved — captive?: Deployer, legacy. Neither: none. Too few ratings to show, not drawn: Service Templates, Secrets Vault.',
      }),
    ).toBeInTheDocument();
  });

  it('labels the quadrants split at the thresholds', async () => {
    await renderInsights(<AdoptionSatisfactionCard insights={insights} />);
    const chart = screen.getByRole('img', { name: /^Active adoption against/ });
    for (const label of [
      'Loved and used',
      'Loved, not yet used',
      'Used, not loved — captive?',
      'Neither',
    ]) {
      expect(within(chart).getByText(label)).toBeInTheDocument();
    }
  });

  it('draws the tools rated by enough people, sized by their number of ratings', async () => {
    await renderInsights(<AdoptionSatisfactionCard insights={insights} />);
    expect(point('ci-pipelines')).toBeInTheDocument();
    expect(point('legacy-deployer')).toBeInTheDocument();
    expect(Number(point('ci-pipelines')!.getAttribute('r'))).toBeGreaterThan(
      Number(point('legacy-deployer')!.getAttribute('r')),
    );
  });

  it('labels each point with its tool', async () => {
    await renderInsights(<AdoptionSatisfactionCard insights={insights} />);
    const chart = screen.getByRole('img', { name: /^Active adoption against/ });
    const labels = [...chart.querySelectorAll('.recharts-label-list text')];
    expect(labels.map(label => label.textContent).sort()).toEqual([
      'CI Pipelines',
      'Deployer, legacy',
    ]);
  });

  it('leaves out the tools whose ratings are hidden, and names them', async () => {
    await renderInsights(<AdoptionSatisfactionCard insights={insights} />);
    expect(point('service-templates')).not.toBeInTheDocument();
    expect(point('secrets-vault')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Not on the chart, too few ratings to show: Service Templates, Secrets Vault.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Tools show from 5 ratings on\./),
    ).toBeInTheDocument();
  });

  it('explains how tools get on the chart when none has enough ratings', async () => {
    await renderInsights(
      <AdoptionSatisfactionCard
        insights={{
          ...insights,
          tools: insights.tools.filter(tool => !tool.enoughRatings),
        }}
      />,
    );
    expect(
      screen.getByText('No tool’s rating can be shown yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/on the Rating card of its entity page/),
    ).toBeInTheDocument();
    expect(docsLinks()).toEqual([docsUrl('insights', 'too-few-ratings')]);
    expect(
      screen.queryByRole('img', { name: /^Active adoption against/ }),
    ).toBeNull();
  });

  it('lists the captive tools, never one with too few ratings', async () => {
    await renderInsights(<AdoptionSatisfactionCard insights={insights} />);
    const list = screen.getByRole('list', {
      name: 'Captive audience — investigate',
    });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(list).getByRole('link', { name: 'Deployer, legacy' }),
    ).toHaveAttribute('href', '/catalog/default/component/legacy-deployer');
    expect(list).toHaveTextContent(
      'Active adoption 77 % · 10 of 13, rated 2.4 ★ (12)',
    );
  });

  it('says when no tool looks captive', async () => {
    await renderInsights(
      <AdoptionSatisfactionCard
        insights={{ ...insights, tools: [toolInsight()] }}
      />,
    );
    expect(screen.getByText('No tool looks captive')).toBeInTheDocument();
  });
});
