import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  Team,
  Tool,
  ToolAdoption,
  Viewer,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductApi } from './PlatformProductApi';

/** Talks to the backend through `fetchApi`, which carries the user's token. */
export class PlatformProductClient implements PlatformProductApi {
  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  async getTeams(): Promise<Team[]> {
    return (await this.get<{ items: Team[] }>('/teams')).items;
  }

  async getTools(): Promise<Tool[]> {
    return (await this.get<{ items: Tool[] }>('/tools')).items;
  }

  async getAdoption(options?: {
    toolRefs?: string[];
  }): Promise<ToolAdoption[]> {
    const query = new URLSearchParams();
    options?.toolRefs?.forEach(ref => query.append('toolRef', ref));
    const suffix = query.size ? `?${query}` : '';
    return (await this.get<{ items: ToolAdoption[] }>(`/adoption${suffix}`))
      .items;
  }

  async getViewer(): Promise<Viewer> {
    return this.get<Viewer>('/me');
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl(
      'platform-product',
    );
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
