import { createExtensionPoint } from '@backstage/backend-plugin-api';
import {
  Team,
  Tool,
  ToolAdoption,
} from 'backstage-plugin-platform-product-common';
import { PlatformProductStores } from './stores';

/**
 * What a seeder gets: the plugin's stores (inside one transaction), the catalog's company and
 * the keys that stand for people in anonymous answers.
 *
 * @alpha
 */
export interface PlatformProductSeedContext {
  /** The stores, on the transaction the seeder runs in: it writes all or nothing. */
  stores: PlatformProductStores;
  /** Eligible teams with the people in them. */
  teams: (Team & { memberRefs: string[] })[];
  tools: Tool[];
  adoption: ToolAdoption[];
  /** When this run started. */
  now: Date;
  /** Keys derived from the plugin's anonymity secret, as the services derive them. */
  anonymity: {
    /** The key that stands for `userRef` in one scope, e.g. `tool:<ref>` or `survey:<id>`. */
    raterKey(scope: string, userRef: string): string;
    /** A per-contribution salt and the author key made with it. */
    authorKey(userRef: string): { authorKey: string; authorSalt: string };
    /** The team a person's answers are sliced by: their only team, else none. */
    sliceTeamOf(teamRefs: string[]): string | undefined;
  };
}

/**
 * Seeds data once: the plugin records `<id>-seeded` in its database after the seeder's
 * transaction commits and never runs it again, on any replica.
 *
 * @alpha
 */
export interface PlatformProductSeeder {
  /** Stable and unique, e.g. `demo-ratings`. */
  id: string;
  /** What it writes, for the log, e.g. `ratings`. */
  what: string;
  /**
   * Whether the catalog holds what the seeder needs (e.g. the whole example company, which the
   * catalog ingests over several seconds); until every pending seeder is ready, the plugin waits
   * and asks again on its next run. Default: ready once there are teams and tools.
   */
  ready?(context: Omit<PlatformProductSeedContext, 'stores'>): boolean;
  /** Writes the data; returns how many records it wrote. */
  seed(context: PlatformProductSeedContext): Promise<number>;
}

/**
 * Lets a backend module seed the plugin's database once the catalog holds teams and tools
 * (the example portal's demo data uses it). Seeders run in the order they were added.
 *
 * @alpha
 */
export interface PlatformProductSeedExtensionPoint {
  addSeeder(seeder: PlatformProductSeeder): void;
}

/** @alpha */
export const platformProductSeedExtensionPoint =
  createExtensionPoint<PlatformProductSeedExtensionPoint>({
    id: 'platform-product.seed',
  });
