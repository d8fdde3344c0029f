import { ReactNode } from 'react';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useIsPlatformTool } from '../../hooks/useIsPlatformTool';

/**
 * Renders its children (an entity card) only on the entity page of a platform tool, so that on
 * any other entity the card shows nothing and asks the backend nothing.
 */
export function PlatformToolOnly(props: { children: ReactNode }) {
  const { entity } = useEntity();
  return useIsPlatformTool(entity) ? <>{props.children}</> : null;
}
