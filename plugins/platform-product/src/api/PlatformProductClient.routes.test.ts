import { apiRoutes } from 'backstage-plugin-platform-product-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every request the client makes, read from its source: the HTTP method(s) and the path as a
 * pattern (`${…}` may stand for any segments, the query string is left out).
 */
function clientRequests(): { methods: string[]; path: string }[] {
  const source = readFileSync(
    resolve(__dirname, 'PlatformProductClient.ts'),
    'utf8',
  );
  const call =
    /this\.(get|send|create|request)(?:<[^(]*?>)?\(\s*(?:([^`,]+?),\s*)?`(\/[^`]*)`|this\.(get|send|create|request)(?:<[^(]*?>)?\(\s*(?:([^,']+?|'[A-Z]+'),\s*)?'(\/[^']*)'/g;
  return [...source.matchAll(call)].map(match => {
    const helper = match[1] ?? match[4];
    const methodArg = match[2] ?? match[5];
    const literal = (match[3] ?? match[6]).split(/\$\{queryString|\?/)[0];
    const named = methodArg?.match(/'[A-Z]+'/g)?.map(m => m.slice(1, -1));
    const methods =
      helper === 'get' ? ['GET'] : helper === 'create' ? ['POST'] : named!;
    return { methods, path: literal };
  });
}

/** A route's path with a sample value in each parameter. */
const samplePath = (path: string) => path.replace(/:\w+/g, 'p');

/** Whether a client path (with `${…}` for any text) names the route's path. */
function matches(clientPath: string, routePath: string): boolean {
  const pattern = clientPath
    .split(/\$\{[^}]*\}/)
    .map(part => part.replace(/[.*+?^()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${pattern}$`).test(samplePath(routePath));
}

describe('PlatformProductClient', () => {
  const requests = clientRequests();
  const routes = Object.values(apiRoutes);

  it('finds the requests of every client method', () => {
    expect(requests.length).toBeGreaterThan(90);
    expect(requests.every(r => r.methods?.length)).toBe(true);
  });

  it.each(requests.map(r => [`${r.methods.join('|')} ${r.path}`, r] as const))(
    'asks for a route of the API: %s',
    (_name, { methods, path }) => {
      for (const method of methods) {
        const route = routes.find(
          r => r.method === method && matches(path, r.path),
        );
        expect({ method, path, found: Boolean(route) }).toEqual({
          method,
          path,
          found: true,
        });
      }
    },
  );
});
