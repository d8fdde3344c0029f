import { DAY, DemoContext } from './DemoContext';
import { random } from './random';

const HISTORY_DAYS = 180;

/**
 * Half a year of daily tool snapshots leading to today's figures: declared and active adoption
 * grew team by team and ratings drifted, so the trend charts have a story. Returns how many snapshots it wrote.
 */
export async function seedDemoInsights(context: DemoContext): Promise<number> {
  const store = context.stores.insights;
  const today = await store.ratingsByTool();
  const eligible = context.teams.length;
  let count = 0;
  for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
    const day = new Date(context.now.getTime() - daysAgo * DAY)
      .toISOString()
      .slice(0, 10);
    const progress = 1 - daysAgo / HISTORY_DAYS;
    const snapshots = context.tools.map(tool => {
      const rand = random(`${tool.ref}-${day}`);
      const adopting =
        context.adoption.find(a => a.toolRef === tool.ref)?.adoptingTeams ?? 0;
      const rating = today.get(tool.ref);
      const drift = (0.6 - progress * 0.6) * (tool.name.length % 2 ? 1 : -1);
      const ratingCount = Math.round(
        (rating?.count ?? 0) * (0.3 + 0.7 * progress),
      );
      return {
        day,
        toolRef: tool.ref,
        adoptingTeams: Math.round(adopting * (0.5 + 0.5 * progress)),
        adoptionRate: 0,
        // Teams took up the tools they declared more and more (the usage events: four weeks).
        activeTeams: Math.round(adopting * (0.3 + 0.5 * progress)),
        activeRate: 0,
        ratingCount,
        // As today: none, or enough to show (the day's figure shows from five ratings on).
        ratingAnonymous: rating?.anonymous
          ? Math.min(
              ratingCount,
              Math.max(
                5,
                Math.round(rating.anonymous * (0.3 + 0.7 * progress)),
              ),
            )
          : 0,
        ratingAverage: rating
          ? Math.min(
              5,
              Math.max(1, rating.average + drift + (rand() - 0.5) * 0.1),
            )
          : null,
      };
    });
    await store.snapshotTools(snapshots, eligible);
    count += snapshots.length;
  }
  return count;
}
