import { useApi } from '@backstage/core-plugin-api';
import { PermissionSetup } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from './PlatformProductApi';

/**
 * How the portal's permission policy treats the suite, for a warning such as "everyone is a
 * maintainer" (the stock allow-all policy). Undefined while loading or when the check failed:
 * a warning is never worth an error panel.
 */
export function usePermissionSetup(): PermissionSetup | undefined {
  const api = useApi(platformProductApiRef);
  const { value } = useAsync(() => api.getPermissionSetup(), [api]);
  return value;
}
