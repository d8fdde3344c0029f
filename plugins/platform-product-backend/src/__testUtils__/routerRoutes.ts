import { Router } from 'express';
import { createRouter } from '../router';

/** `METHOD /path` of every route an express router serves, read from its stack. */
export function expressRoutes(router: Router): string[] {
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

/** `METHOD /path` of every route the plugin's router serves. */
export function routerRoutes(): string[] {
  return expressRoutes(createRouter({ publicFeed: false } as any));
}
