import { useMemo } from 'react';
import { Entity } from '@backstage/catalog-model';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  createPlatformToolPredicate,
  readPlatformToolFilter,
} from '../isPlatformTool';

/** Whether the entity is a platform tool per the app's `platformProduct.tools.filter`. */
export function useIsPlatformTool(entity: Entity): boolean {
  const config = useApi(configApiRef);
  const predicate = useMemo(
    () => createPlatformToolPredicate(readPlatformToolFilter(config)),
    [config],
  );
  return predicate(entity);
}
