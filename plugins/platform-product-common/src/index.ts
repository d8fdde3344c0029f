/**
 * Types, zod schemas and permissions shared by the Platform Product frontend and backend.
 *
 * @packageDocumentation
 */
export * from './events';
export * from './permissions';
export * from './schemas';
export * from './signals';
export * from './types';
export * from './apiRoutes';
export * from './apiRouteTypes';
