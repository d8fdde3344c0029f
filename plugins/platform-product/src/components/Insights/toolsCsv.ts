import { ToolInsight } from 'backstage-plugin-platform-product-common';
import { CsvCell } from '../shared/csv';

/** The Flag column's value for a captive tool (CSV is data: not translated). */
const CAPTIVE_FLAG = 'Captive audience — investigate';

/**
 * The tools table as CSV rows, header first: the table's figures as raw values (an adoption
 * rate of 0.92, ISO dates), with the gap's teams (refs separated by spaces) and why a tool is
 * mandated (`config` or `maintainer`). A rating hidden on the page (fewer than the minimum
 * group size of ratings) has no count and no average.
 */
export function toolsCsv(tools: ToolInsight[]): CsvCell[][] {
  return [
    [
      'Tool',
      'Declared adoption',
      'Adopting teams',
      'Eligible teams',
      'Active adoption',
      'Active teams',
      'Declared but inactive',
      'Active but undeclared',
      'Mandated',
      'Average rating',
      'Ratings',
      'NPS',
      'NPS responses',
      'Open feedback',
      'In Now',
      'Last change',
      'Flag',
    ],
    ...tools.map(tool => [
      tool.title,
      tool.adoption.rate,
      tool.adoption.adoptingTeams,
      tool.adoption.eligibleTeams,
      tool.activeAdoption.rate,
      tool.activeAdoption.activeTeams,
      tool.gap.declaredInactive.join(' '),
      tool.gap.activeUndeclared.join(' '),
      tool.mandated?.source ?? '',
      tool.rating.average,
      tool.rating.count,
      tool.nps?.nps,
      tool.nps?.responses,
      tool.openFeedback,
      tool.roadmapNow,
      tool.lastChangelogAt,
      tool.captive ? CAPTIVE_FLAG : '',
    ]),
  ];
}
