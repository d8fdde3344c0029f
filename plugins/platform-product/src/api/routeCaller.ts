import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  ApiRoute,
  OperationId,
  RouteBody,
  RouteParams,
  RouteQuery,
  RouteResponse,
  apiRoutes,
} from 'backstage-plugin-platform-product-common';

type RouteOf<K extends OperationId> = (typeof apiRoutes)[K];

/** Path and query values go into the URL as text: a number may stand for its digits. */
type UrlValues<T> = {
  [P in keyof T]: T[P] | (string extends T[P] ? number : never);
};

type ParamsPart<K extends OperationId> = RouteOf<K> extends { params: unknown }
  ? { params: UrlValues<RouteParams<K>> }
  : { params?: never };

type QueryPart<K extends OperationId> = RouteOf<K> extends { query: unknown }
  ? {} extends RouteQuery<K>
    ? { query?: UrlValues<RouteQuery<K>> }
    : { query: UrlValues<RouteQuery<K>> }
  : { query?: never };

type BodyPart<K extends OperationId> = RouteOf<K> extends { body: unknown }
  ? { body: RouteBody<K> }
  : { body?: never };

/** What a request to a route carries: each part its entry declares, as its schema takes it. */
type RouteRequest<K extends OperationId> = ParamsPart<K> &
  QueryPart<K> &
  BodyPart<K>;

/** What a success of a route gives: its response, or the body as a Blob when it is not JSON. */
type RouteResult<K extends OperationId> = RouteOf<K> extends {
  produces: string;
}
  ? Blob
  : RouteResponse<K>;

/** Calls a route of `apiRoutes` by its operation id; the request may be left out when it is empty. */
export type CallRoute = <K extends OperationId>(
  operationId: K,
  ...request: {} extends RouteRequest<K>
    ? [request?: RouteRequest<K>]
    : [request: RouteRequest<K>]
) => Promise<RouteResult<K>>;

/** `?a=1&b=2` from the defined values of `query` (arrays joined by commas), or ''. */
function queryString(query: object = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      search.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
  }
  return search.size ? `?${search}` : '';
}

/** A fresh random key; `crypto.randomUUID` exists only on HTTPS pages and localhost. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * The one function that talks to the backend, through `fetchApi` (which carries the user's
 * token): the method and path come from the route's entry in `apiRoutes`, each path parameter
 * encoded; a failure throws a `ResponseError`. A create that takes an `Idempotency-Key` gets a
 * fresh one: should the request reach the backend twice (a retry after a lost connection), it
 * still creates once.
 */
export function routeCaller(options: {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
}): CallRoute {
  const { discoveryApi, fetchApi } = options;
  return async (operationId, ...[request]) => {
    const route: ApiRoute = apiRoutes[operationId];
    const {
      params = {},
      query,
      body,
    } = (request ?? {}) as {
      params?: Record<string, string | number>;
      query?: object;
      body?: unknown;
    };
    const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
      encodeURIComponent(params[name]),
    );
    const headers = route.idempotent
      ? { 'Idempotency-Key': newIdempotencyKey() }
      : undefined;
    const baseUrl = await discoveryApi.getBaseUrl('platform-product');
    const response = await fetchApi.fetch(
      `${baseUrl}${path}${queryString(query)}`,
      {
        method: route.method,
        ...(body === undefined
          ? { headers }
          : {
              headers: { 'Content-Type': 'application/json', ...headers },
              body: JSON.stringify(body),
            }),
      },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    if (route.produces) {
      return response.blob();
    }
    return response.status === 204 ? undefined : response.json();
  };
}
