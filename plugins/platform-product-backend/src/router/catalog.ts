import { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  apiRoutes,
  entityRefSchema,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { parseInput, parseRequest } from './validation';

/** Read-only views of the catalog as the suite sees it: teams, tools, adoption, the viewer. */
export function createCatalogRouter(options: {
  httpAuth: HttpAuthService;
  directory: CatalogDirectory;
}) {
  const { httpAuth, directory } = options;
  const router = Router();

  router.get('/teams', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const teams = await directory.listTeams(credentials);
    res.json({ items: teams.map(({ memberRefs, ...team }) => team) });
  });

  router.get('/tools', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({ items: await directory.listTools(credentials) });
  });

  router.get('/tools/:kind/:namespace/:name', async (req, res) => {
    const { kind, namespace, name } = parseRequest(
      apiRoutes.getTool,
      'params',
      req,
    );
    const ref = parseInput(
      entityRefSchema,
      `${kind}:${namespace}/${name}`,
      'path',
    );
    const credentials = await httpAuth.credentials(req);
    const tool = await directory.getTool(ref, credentials);
    if (!tool) {
      throw new NotFoundError(`${ref} is not a platform tool`);
    }
    res.json(tool);
  });

  router.get('/adoption', async (req, res) => {
    const { toolRef } = parseRequest(apiRoutes.getAdoption, 'query', req);
    const credentials = await httpAuth.credentials(req);
    const adoption = await directory.getAdoption(credentials);
    res.json({
      items: toolRef
        ? adoption.filter(a => toolRef.includes(a.toolRef))
        : adoption,
    });
  });

  router.get('/me', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(await directory.getViewer(credentials));
  });

  return router;
}
