import { ApiRoute, apiRoutes } from 'backstage-plugin-platform-product-common';
import { z } from 'zod';

type JsonSchema = Record<string, any>;

/** The JSON Schema of what a client sends (before defaults and transforms). */
function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return json;
}

/** `/roadmap/items/:id` → `/roadmap/items/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

/** One OpenAPI parameter per property of an object schema (path or query). */
function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) {
    return [];
  }
  const { properties = {}, required = [] } = jsonSchemaOf(schema);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    schema: property,
  }));
}

/** The header of creates that a client may retry (checked by `src/router/idempotency.ts`). */
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'A retry by the same person with the same key and body answers with the resource the first request created, and creates nothing; the same key with another body is a 409. 1 to 200 printable ASCII characters; kept for 7 days.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};

function successOf(route: ApiRoute) {
  const status = route.status ?? 200;
  if (status === 204) {
    return { '204': { description: 'Done; no body.' } };
  }
  const type = route.produces ?? 'application/json';
  return {
    [status]: { description: 'Success.', content: { [type]: {} } },
  };
}

function errorsOf(route: ApiRoute) {
  const error = { $ref: '#/components/responses/Error' };
  return {
    ...((route.params || route.query || route.body) && { '400': error }),
    ...(route.auth !== 'none' && { '401': error }),
    ...((route.permission || route.method !== 'GET') && { '403': error }),
    ...(route.params && { '404': error }),
  };
}

function operationOf(operationId: string, route: ApiRoute) {
  return {
    operationId,
    tags: [route.area],
    summary: route.summary,
    ...(route.auth === 'none' && { security: [] }),
    'x-platform-product-auth': route.auth,
    ...(route.permission && {
      'x-platform-product-permission': route.permission.name,
    }),
    parameters: [
      ...parametersOf(route.params, 'path'),
      ...parametersOf(route.query, 'query'),
      ...(route.idempotent ? [idempotencyKey] : []),
    ],
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: jsonSchemaOf(route.body) } },
      },
    }),
    responses: { ...successOf(route), ...errorsOf(route) },
  };
}

/**
 * The backend's OpenAPI 3.1 document, generated from the shared route table (`apiRoutes` of
 * `backstage-plugin-platform-product-common`) and its zod schemas, which also validate every
 * request: so the spec cannot drift from what the backend accepts.
 */
export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const [operationId, route] of Object.entries(apiRoutes)) {
    const path = openApiPath(route.path);
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: operationOf(operationId, route),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'platform-product',
      version,
      description:
        'The HTTP API of the Platform Product backend plugin. Generated from the route table of backstage-plugin-platform-product-common by `yarn build:openapi`; do not edit. Writes may also answer 409 (a stale `version`, a duplicate, an `Idempotency-Key` reused with another body) and 413 (a body over 1 MB).',
      license: { name: 'Apache-2.0' },
    },
    servers: [
      {
        url: '{backendBaseUrl}/api/platform-product',
        variables: { backendBaseUrl: { default: 'http://localhost:7007' } },
      },
    ],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            "A Backstage user token, or a static token of backend.auth.externalAccess for machines (routes whose x-platform-product-auth is 'any' or 'service').",
        },
      },
      responses: {
        Error: {
          description:
            "Backstage's error body; a 400's message names every offending field, e.g. `Invalid body: title: must not contain control characters`.",
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  error: {
                    type: 'object',
                    properties: {
                      name: { type: 'string' },
                      message: { type: 'string' },
                    },
                  },
                  response: {
                    type: 'object',
                    properties: { statusCode: { type: 'number' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
