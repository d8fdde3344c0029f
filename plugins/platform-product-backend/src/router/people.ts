import { HttpAuthService } from '@backstage/backend-plugin-api';
import { NextFunction, Request, Response } from 'express';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { requirePerson } from './writes';

/** Writes that change only the caller's own view, open to every signed-in identity. */
const PERSONAL = new Set(['/changelog/seen']);

/**
 * Refuses writes by signed-in identities that are not a User of the catalog (e.g. a shared
 * guest login): ratings, votes and answers stand for one person each, and the suite cannot
 * tell the people behind a shared identity apart. Reads stay open; services are not people.
 */
export function requireCatalogPeople(options: {
  httpAuth: HttpAuthService;
  directory: CatalogDirectory;
}) {
  const { httpAuth, directory } = options;
  return async (req: Request, _res: Response, next: NextFunction) => {
    if (
      ['GET', 'HEAD', 'OPTIONS'].includes(req.method) ||
      PERSONAL.has(req.path)
    ) {
      next();
      return;
    }
    const { principal } = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (principal.type === 'user') {
      await requirePerson(directory, principal.userEntityRef);
    }
    next();
  };
}
