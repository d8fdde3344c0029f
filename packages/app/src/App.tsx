import { createApp } from '@backstage/frontend-defaults';
import { appModule } from './modules/app';

/**
 * The example portal, on the new frontend system as `create-app` generates it: the plugins are
 * discovered from this package's dependencies (`app.packages: all` in app-config.yaml), Platform
 * Product among them; the app's own modules add the demo sign-in page and the sidebar.
 */
export default createApp({
  features: [appModule],
});
