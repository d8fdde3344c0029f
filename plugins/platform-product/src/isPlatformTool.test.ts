import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { configApiRef } from '@backstage/core-plugin-api';
import {
  createPlatformToolPredicate,
  isPlatformTool,
  readPlatformToolFilter,
} from './isPlatformTool';

const entity = (overrides: Partial<Entity> & { tags?: string[] }): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: overrides.kind ?? 'Component',
  metadata: {
    name: 'ci-pipelines',
    namespace: 'default',
    tags: overrides.tags,
    ...overrides.metadata,
  },
  spec: overrides.spec,
  relations: overrides.relations,
});

const withConfig = (data: object) => ({
  apis: {
    get: (ref: { id: string }) =>
      ref.id === configApiRef.id ? (new ConfigReader(data) as any) : undefined,
  },
});

describe('isPlatformTool', () => {
  it('applies the default filter without configuration', () => {
    expect(isPlatformTool(entity({ tags: ['platform-tool'] }))).toBe(true);
    expect(
      isPlatformTool(entity({ kind: 'System', tags: ['Platform-Tool'] })),
    ).toBe(true);
    expect(isPlatformTool(entity({ tags: ['java'] }))).toBe(false);
    expect(isPlatformTool(entity({}))).toBe(false);
    expect(
      isPlatformTool(entity({ kind: 'Group', tags: ['platform-tool'] })),
    ).toBe(false);
  });

  it('applies platformProduct.tools.filter from the app config, like the catalog', () => {
    const context = withConfig({
      platformProduct: {
        tools: {
          filter: {
            kind: 'component',
            'spec.type': ['service', 'website'],
            'metadata.annotations.example.com/offering': 'true',
            'relations.ownedBy': 'group:default/platform',
          },
        },
      },
    });
    const tool = entity({
      metadata: {
        name: 'deploy',
        annotations: { 'example.com/offering': 'true' },
      },
      spec: { type: 'Service' },
      relations: [{ type: 'ownedBy', targetRef: 'group:default/platform' }],
    });
    expect(isPlatformTool(tool, context)).toBe(true);
    expect(
      isPlatformTool({ ...tool, spec: { type: 'library' } }, context),
    ).toBe(false);
    expect(isPlatformTool({ ...tool, relations: [] }, context)).toBe(false);
    expect(isPlatformTool(entity({ tags: ['platform-tool'] }), context)).toBe(
      false,
    );
  });

  it('falls back to the default filter when none is configured', () => {
    expect(
      readPlatformToolFilter(new ConfigReader({ platformProduct: {} })),
    ).toEqual({
      kind: ['component', 'system', 'api'],
      'metadata.tags': 'platform-tool',
    });
    expect(
      createPlatformToolPredicate({ 'metadata.tags': 'x' })(
        entity({ tags: ['X'] }),
      ),
    ).toBe(true);
  });
});
