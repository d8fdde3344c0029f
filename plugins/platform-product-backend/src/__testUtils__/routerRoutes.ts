import { createRouter } from '../router';

/** `METHOD /path` of every route the plugin's router serves, read from its express stack. */
export function routerRoutes(): string[] {
  const router = createRouter({ appBaseUrl: '', publicFeed: false } as any);
  const routes: string[] = [];
  const walk = (stack: any[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods)) {
          routes.push(`${method.toUpperCase()} ${layer.route.path}`);
        }
      } else if (layer.handle?.stack) {
        walk(layer.handle.stack);
      }
    }
  };
  walk((router as any).stack);
  return routes;
}
