import { NotFoundError } from '@backstage/errors';
import { Page, RoadmapGoal } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { insertedId } from './dialect';
import { cappedCount, KeysetOrder, KeysetPage, keysetPage } from './keyset';

const ITEMS = 'platform_product_roadmap_items';
const GOALS = 'platform_product_roadmap_goals';
const ACTORS = 'platform_product_roadmap_goal_actors';
const IMPACTS = 'platform_product_roadmap_goal_impacts';

const GOAL_ORDER: KeysetOrder = { columns: ['id'], direction: 'asc' };

/**
 * The roadmap's impact map: goals, their actors (a catalog team or a persona) and the impacts
 * those need; roadmap items hang under an impact (`impact_id`).
 */
export class ImpactMapStore {
  constructor(private readonly db: Knex) {}

  /**
   * The impact map, a page of goals at a time (oldest first, after `cursor`), each with its
   * actors, impacts and the items under them: only the page's goals' branches are read.
   */
  async goals(
    includeEarlyAccess: boolean,
    page: KeysetPage,
  ): Promise<Page<RoadmapGoal>> {
    const [{ rows: goals, nextCursor }, total] = await Promise.all([
      keysetPage<any>(this.db(GOALS), GOAL_ORDER, page),
      cappedCount(this.db, this.db(GOALS).select('id')),
    ]);
    const actors = await this.db(ACTORS)
      .whereIn(
        'goal_id',
        goals.map(goal => goal.id),
      )
      .orderBy('id');
    const impacts = await this.db(IMPACTS)
      .whereIn(
        'actor_id',
        actors.map(actor => actor.id),
      )
      .orderBy('id');
    const linked = this.db(ITEMS)
      .whereIn(
        'impact_id',
        impacts.map(impact => impact.id),
      )
      .whereNot('status', 'killed');
    if (!includeEarlyAccess) linked.where('early_access', false);
    const items = await linked
      .orderBy('rice_score', 'desc')
      .select('id', 'title', 'lane', 'status', 'rice_score', 'impact_id');
    return {
      items: this.tree(goals, actors, impacts, items),
      ...total,
      nextCursor,
    };
  }

  /** Goals → actors → impacts → items, from their rows. */
  private tree(goals: any[], actors: any[], impacts: any[], items: any[]) {
    return goals.map(
      (goal): RoadmapGoal => ({
        id: Number(goal.id),
        title: goal.title,
        description: goal.description ?? undefined,
        actors: actors
          .filter(actor => Number(actor.goal_id) === Number(goal.id))
          .map(actor => ({
            id: Number(actor.id),
            teamRef: actor.team_ref ?? undefined,
            persona: actor.persona ?? undefined,
            impacts: impacts
              .filter(impact => Number(impact.actor_id) === Number(actor.id))
              .map(impact => ({
                id: Number(impact.id),
                title: impact.title,
                items: items
                  .filter(item => Number(item.impact_id) === Number(impact.id))
                  .map(item => ({
                    id: Number(item.id),
                    title: item.title,
                    lane: item.lane,
                    status: item.status,
                    riceScore: Number(item.rice_score),
                  })),
              })),
          })),
      }),
    );
  }

  async hasImpact(id: number): Promise<boolean> {
    return !!(await this.db(IMPACTS).where({ id }).first('id'));
  }

  async createGoal(
    goal: { title: string; description?: string },
    now: Date,
  ): Promise<number> {
    return insertId(
      this.db(GOALS).insert({
        title: goal.title,
        description: goal.description ?? null,
        created_at: now,
      }),
    );
  }

  async addActor(
    goalId: number,
    actor: { teamRef?: string; persona?: string },
  ): Promise<number> {
    await mustExist(this.db, GOALS, goalId, 'goal');
    return insertId(
      this.db(ACTORS).insert({
        goal_id: goalId,
        team_ref: actor.teamRef ?? null,
        persona: actor.persona ?? null,
      }),
    );
  }

  async addImpact(actorId: number, title: string): Promise<number> {
    await mustExist(this.db, ACTORS, actorId, 'actor');
    return insertId(this.db(IMPACTS).insert({ actor_id: actorId, title }));
  }

  /** Deletes a goal, an actor or an impact with everything under it; items stay, unlinked. */
  async deleteFromMap(
    what: 'goal' | 'actor' | 'impact',
    id: number,
  ): Promise<void> {
    await this.db.transaction(async tx => {
      const impactIds =
        what === 'impact'
          ? tx(IMPACTS).where({ id }).select('id')
          : tx(IMPACTS)
              .whereIn(
                'actor_id',
                what === 'actor'
                  ? tx(ACTORS).where({ id }).select('id')
                  : tx(ACTORS).where({ goal_id: id }).select('id'),
              )
              .select('id');
      await tx(ITEMS)
        .whereIn('impact_id', impactIds)
        .update({ impact_id: null });
      const table = { goal: GOALS, actor: ACTORS, impact: IMPACTS }[what];
      if (what !== 'impact') {
        await tx(IMPACTS).whereIn('id', impactIds).delete();
      }
      if (what === 'goal') {
        await tx(ACTORS).where({ goal_id: id }).delete();
      }
      if (!(await tx(table).where({ id }).delete())) {
        throw new NotFoundError(`No ${what} with id ${id}`);
      }
    });
  }
}

async function insertId(insert: Knex.QueryBuilder): Promise<number> {
  return insertedId(await insert.returning('id'));
}

async function mustExist(db: Knex, table: string, id: number, what: string) {
  if (!(await db(table).where({ id }).first('id'))) {
    throw new NotFoundError(`No ${what} with id ${id}`);
  }
}
