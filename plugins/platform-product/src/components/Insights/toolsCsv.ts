import { ToolInsight } from 'backstage-plugin-platform-product-common';
import { formatDate, formatPercent } from '../Surveys/format';
import { CsvCell } from './csv';
import { formatAverage } from './format';

/** The Flag column's value for a captive tool (CSV is data: not translated). */
const CAPTIVE_FLAG = 'Captive audience — investigate';

/**
 * The tools table as CSV rows, header first: the figures as the table shows them. A rating
 * hidden on the page (fewer than `minGroupSize` ratings) is "fewer than 5" and no average.
 */
export function toolsCsv(
  tools: ToolInsight[],
  minGroupSize: number,
): CsvCell[][] {
  return [
    [
      'Tool',
      'Adoption',
      'Adopting teams',
      'Eligible teams',
      'Average rating',
      'Ratings',
      'NPS',
      'Open feedback',
      'In Now',
      'Last change',
      'Flag',
    ],
    ...tools.map(tool => [
      tool.title,
      formatPercent(tool.adoption.rate),
      tool.adoption.adoptingTeams,
      tool.adoption.eligibleTeams,
      tool.rating.average === null ? '' : formatAverage(tool.rating.average),
      tool.rating.count ?? `fewer than ${minGroupSize}`,
      tool.nps?.nps,
      tool.openFeedback,
      tool.roadmapNow,
      tool.lastChangelogAt && formatDate(tool.lastChangelogAt),
      tool.captive ? CAPTIVE_FLAG : '',
    ]),
  ];
}
