import { createApiRef } from '@backstage/core-plugin-api';
import {
  RatingInput,
  RatingSummary,
  Team,
  Tool,
  ToolAdoption,
  Viewer,
} from 'backstage-plugin-platform-product-common';

/** Client of the Platform Product backend. */
export interface PlatformProductApi {
  getTeams(): Promise<Team[]>;
  getTools(): Promise<Tool[]>;
  getAdoption(options?: { toolRefs?: string[] }): Promise<ToolAdoption[]>;
  getViewer(): Promise<Viewer>;
  getRatingSummary(toolRef: string): Promise<RatingSummary>;
  /** Sets the caller's rating of a tool; returns the new summary. */
  rate(input: RatingInput): Promise<RatingSummary>;
  withdrawRating(toolRef: string): Promise<void>;
}

export const platformProductApiRef = createApiRef<PlatformProductApi>({
  id: 'plugin.platform-product.api',
});
