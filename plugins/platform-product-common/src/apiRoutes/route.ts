import { Permission } from '@backstage/plugin-permission-common';
import { z } from 'zod';

/** The areas of the API, one tag each in the OpenAPI spec. */
export type ApiArea =
  | 'catalog'
  | 'ratings'
  | 'feedback'
  | 'surveys'
  | 'roadmap'
  | 'research'
  | 'champions'
  | 'changelog'
  | 'insights'
  | 'usage'
  | 'digest';

/**
 * The type of a route's response body, carried by its entry for the compiler only (the object
 * is empty): `response: responds<RoadmapItem>()`.
 */
export interface Responds<T> {
  readonly type?: T;
}

/** Declares a route's response type: `response: responds<RoadmapItem>()`. */
export function responds<T>(): Responds<T> {
  return {};
}

/**
 * One route of the backend's HTTP API, relative to the plugin's base URL
 * (`/api/platform-product`).
 */
export interface ApiRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express style: `/roadmap/items/:id`. */
  path: string;
  area: ApiArea;
  summary: string;
  /**
   * Who may call it: `user` a signed-in person, `service` another backend plugin, `any` both
   * (including a static token of `backend.auth.externalAccess`), `none` anyone.
   */
  auth: 'none' | 'user' | 'service' | 'any';
  /** The permission the route checks, if any. */
  permission?: Permission;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The status of a success; 200 when not given. */
  status?: 200 | 201 | 204;
  /** The type of a success's body; JSON when not given. */
  produces?: 'application/atom+xml' | 'text/csv';
  /**
   * What a success's body is (the JSON's type, or the text of another type); every route but
   * those answering 204 declares it.
   */
  response?: Responds<unknown>;
  /**
   * Whether a create accepts an `Idempotency-Key` header: a retry with the same key and body
   * answers with the resource created first (the frontend client sends a fresh key each time).
   */
  idempotent?: true;
}
