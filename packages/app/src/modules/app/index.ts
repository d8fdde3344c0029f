import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { sidebarContent } from '../nav';

/** The example company's sign-in picker (the backend's dev-only `demo` provider). */
const demoSignInPage = SignInPageBlueprint.make({
  params: {
    loader: () =>
      import('../../components/signin/DemoSignInPage').then(
        m => m.DemoSignInPage,
      ),
  },
});

/** The portal's own extensions of the app plugin: its sign-in page and its sidebar. */
export const appModule = createFrontendModule({
  pluginId: 'app',
  extensions: [demoSignInPage, sidebarContent],
});
