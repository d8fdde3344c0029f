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
