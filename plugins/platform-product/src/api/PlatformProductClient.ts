import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  RatingInput,
  RatingSummary,
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

  async getRatingSummary(toolRef: string): Promise<RatingSummary> {
    return this.get<RatingSummary>(
      `/ratings?${new URLSearchParams({ toolRef })}`,
    );
  }

  async rate(input: RatingInput): Promise<RatingSummary> {
    return this.send<RatingSummary>('PUT', '/ratings', input);
  }

  async withdrawRating(toolRef: string): Promise<void> {
    await this.send('DELETE', `/ratings?${new URLSearchParams({ toolRef })}`);
  }

  private async get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl(
      'platform-product',
    );
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
