import { ToolInsight } from 'backstage-plugin-platform-product-common';
import { formatDate, formatPercent } from '../Surveys/format';
import { CAPTIVE_LABEL } from './CaptiveChip';
import { CsvCell } from './csv';
import { formatAverage } from './format';

/** The tools table as CSV rows, header first: the figures as the table shows them. */
export function toolsCsv(tools: ToolInsight[]): CsvCell[][] {
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
      tool.rating.count,
      tool.nps?.nps,
      tool.openFeedback,
      tool.roadmapNow,
      tool.lastChangelogAt && formatDate(tool.lastChangelogAt),
      tool.captive ? CAPTIVE_LABEL : '',
    ]),
  ];
}
