import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';
import { roadmapMessages } from '../../translation/roadmap';

type RiceInputs = Pick<
  RoadmapItem,
  'reach' | 'impact' | 'confidence' | 'effort'
>;

/** What to call the steps of the RICE impact scale (`riceImpacts`). */
const impactKeys: Record<number, keyof typeof roadmapMessages.rice.impacts> = {
  3: 'massive',
  2: 'high',
  1: 'medium',
  0.5: 'low',
  0.25: 'minimal',
};

/** "2 — high". */
export const formatImpact = (t: Translate, impact: number) =>
  t('roadmap.rice.impactOption', {
    value: String(impact),
    label: t(`roadmap.rice.impacts.${impactKeys[impact] ?? 'custom'}`),
  });

/** A confidence between 0 and 1 as a percentage: "80 %". */
export const formatConfidence = (confidence: number) =>
  `${Math.round(confidence * 100)} %`;

const numberFormat = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 2,
});

/** A RICE input as written in formulas: "1,200", "0.5". */
export const formatNumber = (value: number) => numberFormat.format(value);

/** A RICE score as shown everywhere: rounded to a whole number. */
export const formatScore = (score: number) => formatNumber(Math.round(score));

/** The score written out: "200 × 2 × 80 % ÷ 2 = 160". */
export function riceFormula(inputs: RiceInputs, score: number): string {
  return `${formatNumber(inputs.reach)} × ${formatNumber(
    inputs.impact,
  )} × ${formatConfidence(inputs.confidence)} ÷ ${formatNumber(
    inputs.effort,
  )} = ${formatScore(score)}`;
}

/** "12 votes · 5 teams". */
export const formatVotes = (
  t: Translate,
  item: Pick<RoadmapItem, 'voteCount' | 'voterTeamCount'>,
) =>
  t('roadmap.counts.votesAndTeams', {
    votes: t('roadmap.counts.votes', { count: item.voteCount }),
    teams: t('roadmap.counts.teams', { count: item.voterTeamCount }),
  });
