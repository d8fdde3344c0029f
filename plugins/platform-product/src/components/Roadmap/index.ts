export { EntityRoadmapCard } from './EntityRoadmapCard';
export { RoadmapTab } from './RoadmapTab';
