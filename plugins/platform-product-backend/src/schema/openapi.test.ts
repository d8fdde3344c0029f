import { apiRoutes } from 'backstage-plugin-platform-product-common';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expressRoutes, routerRoutes } from '../__testUtils__/routerRoutes';
import { createSetupRouter } from '../router/setup';
import { openApiDocument, openApiPath } from './openApiDocument';

const packageDir = resolve(__dirname, '../..');
const specFile = resolve(__dirname, 'openapi.json');
const { version } = JSON.parse(
  readFileSync(resolve(packageDir, 'package.json'), 'utf8'),
);
const generated = `${JSON.stringify(openApiDocument(version), null, 2)}\n`;

/** `METHOD /path/{param}` of every operation of a spec. */
function specRoutes(spec: { paths: Record<string, object> }): string[] {
  return Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map(method => `${method.toUpperCase()} ${path}`),
  );
}

/** Every route the plugin registers, the permission setup router's too. */
function servedRoutes(): string[] {
  const setup = createSetupRouter({} as any);
  return [...routerRoutes(), ...expressRoutes(setup)].map(route => {
    const [method, path] = route.split(' ');
    return `${method} ${openApiPath(path)}`;
  });
}

describe('the OpenAPI spec', () => {
  it('is the committed src/schema/openapi.json (`yarn build:openapi` regenerates it)', () => {
    if (process.env.UPDATE_OPENAPI) writeFileSync(specFile, generated);
    expect(readFileSync(specFile, 'utf8')).toBe(generated);
  });

  it('has every route the router serves, and only those', () => {
    const spec = JSON.parse(readFileSync(specFile, 'utf8'));
    const served = servedRoutes();
    expect(new Set(served).size).toBe(served.length);
    expect(specRoutes(spec).sort()).toEqual(served.sort());
  });

  it('names each path parameter of a route in the route and in its params schema', () => {
    const spec = openApiDocument(version);
    for (const route of Object.values(apiRoutes)) {
      const inPath = [...route.path.matchAll(/:(\w+)/g)].map(m => m[1]);
      const operation = (spec.paths as any)[openApiPath(route.path)][
        route.method.toLowerCase()
      ];
      const inSpec = operation.parameters
        .filter((p: { in: string }) => p.in === 'path')
        .map((p: { name: string }) => p.name);
      expect({ route: route.path, params: inSpec.sort() }).toEqual({
        route: route.path,
        params: inPath.sort(),
      });
    }
  });

  it('describes bodies and queries with the shared schemas: limits, patterns and enums', () => {
    const spec = openApiDocument(version) as any;
    const create = spec.paths['/roadmap/items'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(create['x-platform-product-permission']).toBe(
      'platform-product.roadmap.create',
    );
    expect(body.required).toContain('title');
    expect(body.properties.title.maxLength).toBeGreaterThan(0);
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    const list = spec.paths['/changelog'].get.parameters;
    expect(list.find((p: any) => p.name === 'limit')).toMatchObject({
      in: 'query',
      required: false,
      schema: { maximum: 100, minimum: 1 },
    });
    expect(spec.paths['/health'].get.security).toEqual([]);
  });
});
