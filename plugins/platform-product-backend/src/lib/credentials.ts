import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

/** Credentials of a signed-in person (the routes that act for someone require one). */
export type UserCredentials = BackstageCredentials<BackstageUserPrincipal>;
