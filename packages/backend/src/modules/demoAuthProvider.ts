import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

const USER_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * Example portal only: signs in as the catalog user named in the `x-demo-user` header, so that
 * people (and browser tests) can try the portal as different employees of the example company.
 * Like the guest provider it refuses to run outside development unless
 * `auth.providers.demo.dangerouslyAllowOutsideDevelopment` is true.
 */
const demoAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    const allowed =
      process.env.NODE_ENV === 'development' ||
      config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') === true;
    return { allowed };
  },
  async authenticate({ req }, { allowed }) {
    if (!allowed) {
      throw new NotAllowedError(
        'The demo provider only runs in development, unless auth.providers.demo.dangerouslyAllowOutsideDevelopment is true',
      );
    }
    const userName = req.header('x-demo-user') ?? '';
    if (!USER_NAME.test(userName)) {
      throw new InputError('x-demo-user must name a user of the catalog');
    }
    return { result: { userName } };
  },
});

export const demoAuthProviderModule = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        logger: coreServices.logger,
      },
      async init({ providers, logger }) {
        logger.warn(
          'The demo sign-in provider is installed: anyone can sign in as any catalog user',
        );
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({
                entityRef: { kind: 'User', name: result.userName },
              }),
          }),
        });
      },
    });
  },
});
