import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { ApiRoute } from 'backstage-plugin-platform-product-common';
import { Request, Response } from 'express';
import { z } from 'zod';
import { UserCredentials } from '../lib/credentials';
import { AuditMeta, audited } from './audit';
import { authorize } from './authorize';
import { parseRequest } from './validation';

type RequestPart = 'params' | 'query' | 'body';

/** A route's parsed input: each part (params, query, body) its entry in `apiRoutes` declares. */
export type RouteInput<R extends ApiRoute> = {
  [P in RequestPart & keyof R]: R[P] extends z.ZodType ? z.infer<R[P]> : never;
};

/** Parses every part of a request that its route declares, path first, then query, then body. */
export function parseRoute<R extends ApiRoute>(
  route: R,
  req: Pick<Request, RequestPart>,
): RouteInput<R> {
  const input: Partial<Record<RequestPart, unknown>> = {};
  for (const part of ['params', 'query', 'body'] as const) {
    if (route[part]) {
      input[part] = parseRequest(route, part, req);
    }
  }
  return input as RouteInput<R>;
}

/** A route of `apiRoutes`; the permissions it names are checked without a resource. */
type Route = ApiRoute & { permission?: BasicPermission };

/** Who writes: the signed-in person, and what the router derives from them (e.g. an access). */
export interface WriteCaller {
  credentials: UserCredentials;
}

/** One write of a router: its audit event and what it does. */
export interface MutationSpec<R extends Route, C extends WriteCaller, T> {
  eventId: string;
  /** `medium` unless given. */
  severity?: 'low' | 'medium';
  /** What the event records besides the actor. */
  meta?: (input: RouteInput<R>, req: Request) => AuditMeta;
  /** What the router knows of the caller besides their credentials; just those when left out. */
  caller?: (credentials: UserCredentials) => Promise<C>;
  /** Whether the event names nobody (anonymous ratings, answers and replies). */
  anonymous?: (input: RouteInput<R>, caller: C) => boolean | Promise<boolean>;
  /**
   * The check, inside the event: by default the route's `permission` (none when it has none);
   * given, for writes whose permission depends on the caller.
   */
  authorize?: (caller: C) => Promise<void>;
  /**
   * Parse the input inside the event, after the check, so that refused input is audited as a
   * failure too (the roadmap's writes; their `meta` reads only the path).
   */
  auditRefusedInput?: boolean;
  run: (input: RouteInput<R>, caller: C, req: Request) => Promise<T>;
  /**
   * The response's body (the result when left out), a status other than the route's, and what
   * to add to the success event.
   */
  respond?: Respond<T>;
}

type Respond<T> = (result: T) => {
  body?: unknown;
  status?: number;
  meta?: AuditMeta;
};

/**
 * The routers' one idiom: `user(req)` for the signed-in person's credentials, `permitted(route,
 * req)` for them once the route's permission allows them (403 otherwise), and `mutation` for
 * every write: credentials → input parsed with the route's schemas (400 naming the field) →
 * an audit event, inside which the route's permission is checked (403, audited as a failure)
 * and the write runs → the response with the route's status (204 sends no body).
 */
export function routeKit(deps: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
}) {
  const { httpAuth, permissions, auditor } = deps;
  const user = (req: Request): Promise<UserCredentials> =>
    httpAuth.credentials(req, { allow: ['user'] });

  async function check(route: Route, credentials: UserCredentials) {
    if (route.permission) {
      await authorize(permissions, route.permission, credentials);
    }
  }

  async function permitted(route: Route, req: Request) {
    const credentials = await user(req);
    await check(route, credentials);
    return credentials;
  }

  function mutation<R extends Route, T, C extends WriteCaller = WriteCaller>(
    route: R,
    spec: MutationSpec<R, C, T>,
  ) {
    const { eventId, severity = 'medium' } = spec;
    const respond: Respond<T> = spec.respond ?? (body => ({ body }));
    const authorizeCaller =
      spec.authorize ?? ((caller: C) => check(route, caller.credentials));
    return async (req: Request, res: Response) => {
      const credentials = await user(req);
      const parse = () => parseRoute(route, req);
      const early = spec.auditRefusedInput ? undefined : parse();
      const input = early ?? ({} as RouteInput<R>);
      const caller = spec.caller
        ? await spec.caller(credentials)
        : ({ credentials } as C);
      const anonymous = await spec.anonymous?.(input, caller);
      const result = await audited(
        auditor,
        {
          eventId,
          severityLevel: severity,
          ...(!anonymous && { request: req }),
          meta: spec.meta?.(input, req),
        },
        async () => {
          await authorizeCaller(caller);
          return spec.run(early ?? parse(), caller, req);
        },
        spec.respond && (outcome => respond(outcome).meta ?? {}),
      );
      const { body, status = route.status ?? 200 } = respond(result);
      if (status === 204) res.status(204).end();
      else res.status(status).json(body);
    };
  }

  return { user, permitted, mutation };
}

/** The audit meta of most writes on `/…/:id`: the id as the request names it. */
export const pathId = (_input: unknown, req: Request): AuditMeta => ({
  id: req.params.id,
});
