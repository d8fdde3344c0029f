import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { loadConfigSchema } from '@backstage/config-loader';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configJsonSchema, readPlatformProductConfig } from './config';

const packageDir = resolve(__dirname, '..');
const schemaFile = resolve(packageDir, 'config.schema.json');
const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

const read = (platformProduct: object) =>
  readPlatformProductConfig(new ConfigReader({ platformProduct }));

describe('the configuration schema', () => {
  it('is the committed config.schema.json (`yarn build:config-schema` regenerates it)', () => {
    if (process.env.UPDATE_CONFIG_SCHEMA) writeFileSync(schemaFile, generated);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
  });

  it('has every key documented in docs/configuration.md, with its own row or its parent’s', () => {
    const docs = readFileSync(
      resolve(packageDir, '../../docs/configuration.md'),
      'utf8',
    );
    const rows = [...docs.matchAll(/^\| `(platformProduct\.[\w.]+)`/gm)].map(
      row => row[1],
    );
    const keys = (schema: any, path: string): string[] =>
      Object.entries<any>(schema.properties ?? {}).flatMap(([key, value]) => [
        `${path}.${key}`,
        ...keys(value, `${path}.${key}`),
      ]);
    const undocumented = keys(
      (configJsonSchema() as any).properties.platformProduct,
      'platformProduct',
    ).filter(
      key =>
        !rows.some(row => key === row || key.startsWith(`${row}.`)) &&
        !rows.some(row => row.startsWith(`${key}.`)),
    );
    expect(undocumented).toEqual([]);
  });

  it('is what Backstage loads for the package: it checks app-config and hides the secret from the frontend', async () => {
    const schema = await loadConfigSchema({
      dependencies: [],
      packagePaths: [resolve(packageDir, 'package.json')],
    });
    const core = {
      app: { baseUrl: 'http://localhost:3000' },
      backend: {
        baseUrl: 'http://localhost:7007',
        listen: { port: 7007 },
        database: { client: 'better-sqlite3', connection: ':memory:' },
      },
    };
    const appConfig = {
      ...core,
      platformProduct: {
        catalogCacheSeconds: '30',
        feedback: { anonymitySecret: 'a-secret-of-16-characters' },
        tools: { filter: { kind: 'component' } },
      },
    };
    const processed = schema.process([{ data: appConfig, context: 'app' }], {
      visibility: ['frontend', 'backend'],
    });
    expect(JSON.stringify(processed)).toContain('catalogCacheSeconds');
    expect(JSON.stringify(processed)).not.toContain('a-secret');
    expect(() =>
      schema.process([
        {
          data: {
            ...core,
            platformProduct: { maintainers: ['Group:Platform', 7] },
          },
          context: 'app',
        },
      ]),
    ).toThrow(/must match pattern .* at \/platformProduct\/maintainers\/1"?$/);
  });
});

describe('readPlatformProductConfig', () => {
  it('accepts numbers and booleans substituted from environment variables', () => {
    const config = read({
      catalogCacheSeconds: '30',
      changelog: { publicFeed: 'true' },
      champions: { targetPerTeam: { min: '2', max: '3' } },
      feedback: { minGroupSize: ' 7 ' },
    });
    expect(config.catalogCacheSeconds).toBe(30);
    expect(config.changelog.publicFeed).toBe(true);
    expect(config.champions.targetPerTeam).toEqual({ min: 2, max: 3 });
    expect(config.feedback.minGroupSize).toBe(7);
    expect(
      read({ changelog: { publicFeed: 'false' } }).changelog.publicFeed,
    ).toBe(false);
  });

  it('names the key of a value that is not a number', () => {
    expect(() => read({ catalogCacheSeconds: 'soon' })).toThrow(
      /platformProduct\.catalogCacheSeconds: .*expected number/,
    );
    expect(() => read({ changelog: { publicFeed: 'maybe' } })).toThrow(
      /platformProduct\.changelog\.publicFeed/,
    );
  });

  it('applies the defaults', () => {
    const config = read({});
    expect(config.catalogCacheSeconds).toBe(60);
    expect(config.champions.targetPerTeam).toEqual({ min: 1, max: 2 });
    expect(config.roadmap.laneTitles.now).toBe('Now');
    expect(config.feedback.minGroupSize).toBe(5);
    expect(config.mountPath).toBe('/platform-product');
    expect(config.teams.filter).toEqual({ kind: 'group', 'spec.type': 'team' });
  });

  it('keeps the default tool filter when only the mandated tools are set', () => {
    const config = read({ tools: { mandated: ['component:default/ci'] } });
    expect(config.tools).toEqual({
      filter: {
        'metadata.tags': 'platform-tool',
        kind: ['component', 'system', 'api'],
      },
      mandated: ['component:default/ci'],
    });
    expect(read({ teams: {} }).teams.filter).toEqual({
      kind: 'group',
      'spec.type': 'team',
    });
  });

  it('warns of the keys it does not know, such as a misspelt one, and of nothing else', () => {
    const logger = mockServices.logger.mock();
    readPlatformProductConfig(
      new ConfigReader({
        platformProduct: {
          tools: { filter: { kind: 'component' }, mandatd: [] },
          feedback: { minGroupSize: 5 },
          catalogCache: 30,
        },
      }),
      logger,
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'Platform Product ignores configuration keys it does not know: platformProduct.tools.mandatd, platformProduct.catalogCache',
    );

    const quiet = mockServices.logger.mock();
    readPlatformProductConfig(
      new ConfigReader({
        platformProduct: {
          tools: { filter: { kind: 'component', 'spec.lifecycle': 'x' } },
          feedback: { minGroupSize: 5 },
        },
      }),
      quiet,
    );
    expect(quiet.warn).not.toHaveBeenCalled();
  });

  it("takes the page's mount path without a trailing slash, and refuses one that is not a path", () => {
    expect(read({ mountPath: '/tools/product/' }).mountPath).toBe(
      '/tools/product',
    );
    expect(read({ mountPath: '/' }).mountPath).toBe('');
    expect(() => read({ mountPath: 'https://elsewhere' })).toThrow(
      /platformProduct\.mountPath: must be a path of the app/,
    );
  });
});
