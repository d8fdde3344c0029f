import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';

/** Whether the policy allows each of `list` for the caller, in one batched call. */
export async function allowed(
  permissions: PermissionsService,
  list: BasicPermission[],
  credentials: BackstageCredentials,
): Promise<boolean[]> {
  const decisions = await permissions.authorize(
    list.map(permission => ({ permission })),
    { credentials },
  );
  return decisions.map(d => d.result === AuthorizeResult.ALLOW);
}

/** Throws NotAllowedError (403) unless the policy allows `permission` for the caller. */
export async function authorize(
  permissions: PermissionsService,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<void> {
  const [ok] = await allowed(permissions, [permission], credentials);
  if (!ok) {
    throw new NotAllowedError(`Not allowed: ${permission.name}`);
  }
}
