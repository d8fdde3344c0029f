import { createApiRef } from '@backstage/core-plugin-api';
import {
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
}

export const platformProductApiRef = createApiRef<PlatformProductApi>({
  id: 'plugin.platform-product.api',
});
