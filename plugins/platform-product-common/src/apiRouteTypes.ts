import type { z } from 'zod';
import type { Responds, apiRoutes } from './apiRoutes';

/** The operation ids of the HTTP API: the keys of `apiRoutes`. */
export type OperationId = keyof typeof apiRoutes;

/** A route's path parameters as its schema takes them, e.g. `RouteParams<'getFeedback'>`. */
export type RouteParams<K extends OperationId> = (typeof apiRoutes)[K] extends {
  params: infer S extends z.ZodType;
}
  ? z.input<S>
  : never;

/** A route's query as its schema takes it, e.g. `RouteQuery<'listFeedback'>`. */
export type RouteQuery<K extends OperationId> = (typeof apiRoutes)[K] extends {
  query: infer S extends z.ZodType;
}
  ? z.input<S>
  : never;

/** A route's body as its schema takes it, e.g. `RouteBody<'createFeedback'>`. */
export type RouteBody<K extends OperationId> = (typeof apiRoutes)[K] extends {
  body: infer S extends z.ZodType;
}
  ? z.input<S>
  : never;

/** What a success of a route answers: its declared `response`, nothing for a 204. */
export type RouteResponse<K extends OperationId> =
  (typeof apiRoutes)[K] extends { response: Responds<infer T> } ? T : void;
