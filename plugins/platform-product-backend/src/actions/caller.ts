import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError } from '@backstage/errors';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { UserCredentials } from '../lib/credentials';
import { requirePerson } from '../router/writes';
import { AppLinks } from '../lib/appLinks';

/** What every area's actions need: the registry to register with, and auth to tell people apart. */
export interface ActionsBase {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  /** Where the links in answers point. */
  appLinks: AppLinks;
}

/** The tool the actions' examples are about. */
export const EXAMPLE_TOOL = 'api:default/secrets-api';

/** The caller as a person: actions act for someone, like the routes (`allow: ['user']`). */
export function personOf(
  auth: AuthService,
  credentials: BackstageCredentials,
): UserCredentials {
  if (!auth.isPrincipal(credentials, 'user')) {
    throw new NotAllowedError(
      'Platform Product actions act for a signed-in person; call them with a user token',
    );
  }
  return credentials;
}

/** Writes stand for one person of the catalog, as over HTTP (`requireCatalogPeople`). */
export async function writerOf(
  deps: { auth: AuthService; directory: CatalogDirectory },
  credentials: BackstageCredentials,
): Promise<UserCredentials> {
  const person = personOf(deps.auth, credentials);
  await requirePerson(deps.directory, person.principal.userEntityRef);
  return person;
}
