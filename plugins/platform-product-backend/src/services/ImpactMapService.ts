import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Page, RoadmapGoal } from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ImpactMapStore } from '../database/ImpactMapStore';
import { KeysetPage } from '../database/keyset';
import { EarlyAccess } from './EarlyAccess';

/**
 * The roadmap's impact map: goals, the actors (teams or personas) who move them, and the impacts
 * that roadmap items aim at.
 */
export class ImpactMapService {
  constructor(
    private readonly options: {
      store: ImpactMapStore;
      directory: CatalogDirectory;
      earlyAccess: EarlyAccess;
      now?: () => Date;
    },
  ) {}

  /** The impact map, a page of goals at a time. */
  async goals(
    page: KeysetPage,
    credentials: BackstageCredentials,
  ): Promise<Page<RoadmapGoal>> {
    return this.options.store.goals(
      await this.options.earlyAccess.mayAccess(credentials),
      page,
    );
  }

  async createGoal(goal: { title: string; description?: string }) {
    return { id: await this.options.store.createGoal(goal, this.now()) };
  }

  /** Adds an actor to a goal: a catalog team (400 if unknown) or a named persona. */
  async addActor(
    goalId: number,
    actor: { teamRef?: string; persona?: string },
    credentials: BackstageCredentials,
  ) {
    const teams = await this.options.directory.listTeams(credentials);
    if (actor.teamRef && !teams.some(t => t.ref === actor.teamRef)) {
      throw new InputError(
        `Invalid body: teamRef: ${actor.teamRef} is not a team`,
      );
    }
    return { id: await this.options.store.addActor(goalId, actor) };
  }

  async addImpact(actorId: number, title: string) {
    return { id: await this.options.store.addImpact(actorId, title) };
  }

  async deleteFromMap(what: 'goal' | 'actor' | 'impact', id: number) {
    await this.options.store.deleteFromMap(what, id);
  }

  /** Whether an impact exists (a roadmap item may aim at it). */
  async hasImpact(id: number): Promise<boolean> {
    return this.options.store.hasImpact(id);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}
