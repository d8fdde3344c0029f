export { ChampionsTab } from './ChampionsTab';
export { EntityChampionProfileCard } from './EntityChampionProfileCard';
export { EntityTeamChampionsCard } from './EntityTeamChampionsCard';
