import { ChampionActivityType } from 'backstage-plugin-platform-product-common';
import { DAY, DemoContext, DemoStores } from './DemoContext';
import { pick, random } from './random';

const SVEN = 'user:default/sven.eriksen';

/** Who champions which team, and since how many days. Storefront has none, on purpose. */
const CHAMPIONS: { team: string; days: number; focus: string[] }[] = [
  { team: 'checkout', days: 150, focus: ['Deploy', 'Secrets'] },
  { team: 'checkout', days: 40, focus: ['Observability'] },
  { team: 'search', days: 120, focus: ['CI'] },
  { team: 'payments-core', days: 200, focus: ['Secrets', 'Databases'] },
  { team: 'billing', days: 90, focus: ['Databases'] },
  { team: 'analytics', days: 60, focus: ['Event streaming'] },
  { team: 'mobile-android', days: 30, focus: ['CI', 'Templates'] },
  { team: 'security', days: 180, focus: ['Secrets'] },
];
const ALUMNI = [{ team: 'promotions', days: 240, ended: 50 }];
const OPEN_NOMINATIONS = [
  {
    team: 'recommendations',
    reason: 'Ran two brown-bag sessions on the event streaming platform.',
  },
];
const KUDOS = [
  'Thanks for walking us through the new deploy rollback!',
  'Your office hours saved our sprint.',
  'Great write-up on rotating secrets without downtime.',
  'The CI caching demo was excellent.',
  'Thanks for onboarding our new joiners to the platform.',
  'You answered every question in #platform-help this week.',
];
const ACTIVITY_TYPES: ChampionActivityType[] = [
  'demo',
  'office-hours',
  'onboarding',
  'feedback',
  'design-review',
];
const NOTES: Record<ChampionActivityType, string> = {
  demo: 'Demoed the new pipeline caching to the team',
  'office-hours': 'Platform office hours',
  onboarding: 'Helped a new joiner ship their first service',
  feedback: 'Collected the team’s feedback on Deploy',
  'design-review': 'Reviewed a design for the new topic layout',
};

/**
 * Champions for most of the example company's teams (Storefront and a few others without),
 * an alumnus, an open nomination, kudos, a quarter of activities and 90 days of coverage
 * history that climbs as champions joined. Returns how many champions it appointed.
 */
export async function seedDemoChampions(context: DemoContext): Promise<number> {
  const store = context.stores.champions;
  const at = (days: number) => new Date(context.now.getTime() - days * DAY);
  const memberOf = (team: string) =>
    context.teams.find(t => t.ref === `group:default/${team}`)?.memberRefs ??
    [];
  const rand = random('champions');
  const taken = new Set<string>();
  const personOf = (team: string) => {
    const [person] = pick(
      memberOf(team).filter(ref => !taken.has(ref) && ref !== SVEN),
      1,
      rand,
    );
    if (person) taken.add(person);
    return person;
  };
  const appoint = async (
    team: string,
    days: number,
    focusAreas: string[],
  ): Promise<{ id: number; person: string } | undefined> => {
    const person = personOf(team);
    if (!person) return undefined;
    const nomination = await store.nominate(
      {
        nomineeRef: person,
        teamRef: `group:default/${team}`,
        nominatorRef: person,
        reason: 'I want to help my team get the most out of the platform.',
        focusAreas,
      },
      at(days + 3),
    );
    return {
      id: await store.approve(nomination, SVEN, undefined, at(days)),
      person,
    };
  };

  const active: { person: string; since: number }[] = [];
  for (const champion of CHAMPIONS) {
    const appointed = await appoint(
      champion.team,
      champion.days,
      champion.focus,
    );
    if (appointed)
      active.push({ person: appointed.person, since: champion.days });
  }
  for (const alumnus of ALUMNI) {
    const appointed = await appoint(alumnus.team, alumnus.days, ['Deploy']);
    if (appointed) await store.retire(appointed.id, at(alumnus.ended));
  }
  for (const nomination of OPEN_NOMINATIONS) {
    const [nominee, nominator] = pick(memberOf(nomination.team), 2, rand);
    if (nominee && nominator) {
      await store.nominate(
        {
          nomineeRef: nominee,
          teamRef: `group:default/${nomination.team}`,
          nominatorRef: nominator,
          reason: nomination.reason,
          focusAreas: ['Event streaming'],
        },
        at(2),
      );
    }
  }
  const everyone = [...new Set(context.teams.flatMap(t => t.memberRefs))];
  for (const [i, message] of KUDOS.entries()) {
    const champion = active[i % active.length];
    const [from] = pick(
      everyone.filter(p => p !== champion.person),
      1,
      rand,
    );
    await store.addKudos(
      { championRef: champion.person, fromRef: from, message },
      at(Math.floor(rand() * 60)),
    );
  }
  for (const champion of active) {
    const count = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < count; i++) {
      const type = ACTIVITY_TYPES[Math.floor(rand() * ACTIVITY_TYPES.length)];
      await store.logActivity(
        {
          userRef: champion.person,
          type,
          date: at(Math.floor(rand() * Math.min(85, champion.since))),
          note: NOTES[type],
        },
        context.now,
      );
    }
  }
  await seedCoverageHistory(store, context, CHAMPIONS);
  return active.length;
}

/** One snapshot per day for 90 days: a team counts as covered from its first champion's day. */
async function seedCoverageHistory(
  store: DemoStores['champions'],
  context: DemoContext,
  champions: { team: string; days: number }[],
) {
  const firstChampion = new Map<string, number>();
  for (const { team, days } of [...champions, ...ALUMNI.map(a => ({ ...a }))]) {
    firstChampion.set(team, Math.max(firstChampion.get(team) ?? 0, days));
  }
  for (let day = 90; day >= 1; day--) {
    const date = new Date(context.now.getTime() - day * DAY);
    const covered = [...firstChampion.entries()].filter(([team, since]) => {
      const alumnus = ALUMNI.find(a => a.team === team);
      return since >= day && !(alumnus && alumnus.ended >= day);
    }).length;
    await store.snapshotCoverage({
      day: date.toISOString().slice(0, 10),
      eligibleTeams: context.teams.length,
      coveredTeams: covered,
    });
  }
}
