/**
 * Backend of Platform Product: run your internal developer platform as a product.
 *
 * @packageDocumentation
 */
export { platformProductPlugin as default } from './plugin';
