export { InsightsTab } from './InsightsTab';
export { ScorecardCard } from './ScorecardSection';
export { ScorecardKpis } from './Scorecard';
