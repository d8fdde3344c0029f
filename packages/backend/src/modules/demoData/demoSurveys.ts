import { defaultNpsQuestion } from 'backstage-plugin-platform-product-common';
import { adoptersOf, DAY, DemoContext } from './DemoContext';
import { random } from './random';

/** The example portal's personas answer the open surveys themselves. */
const PERSONAS = ['user:default/alex.morgan', 'user:default/liam.walsh'];

interface DemoSurvey {
  /** Days from now: negative is in the past. */
  opens: number;
  closes: number;
  /** Share of the audience that answered. */
  turnout: number;
  /** Mean score, 0–10: the platform gets better every quarter. */
  mood: number;
  tool?: string;
}

const SURVEYS: DemoSurvey[] = [
  { opens: -190, closes: -176, turnout: 0.62, mood: 7.3 },
  { opens: -100, closes: -86, turnout: 0.71, mood: 7.8 },
  { opens: -5, closes: 9, turnout: 0.34, mood: 8.3 },
  { opens: -3, closes: 11, turnout: 0.4, mood: 6.0, tool: 'secrets-api' },
];

const REASONS: Record<'promoter' | 'passive' | 'detractor', string[]> = {
  promoter: [
    'Deploying is boring now, in a good way.',
    'The templates got our new service to production in a day.',
    'The platform team answers within the hour.',
  ],
  passive: [
    'Good tools, but the docs lag behind.',
    'Works well once set up; onboarding is still rough.',
    'CI is great, secrets and databases still need tickets.',
  ],
  detractor: [
    'Too many tickets for things that should be self-service.',
    'Secret rotation caused an outage for us.',
    'Waiting a day for a database kills our momentum.',
  ],
};

function categoryOf(score: number) {
  if (score >= 9) return 'promoter';
  return score >= 7 ? 'passive' : 'detractor';
}

function quarterOf(date: Date) {
  return `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${date.getUTCFullYear()}`;
}

/**
 * Quarterly platform NPS surveys (two closed, one open) and an open pulse survey about the
 * Secrets API, answered by part of their audience. Returns how many answers it wrote.
 */
export async function seedDemoSurveys(context: DemoContext): Promise<number> {
  const store = context.stores.surveys;
  const at = (days: number) => new Date(context.now.getTime() + days * DAY);
  let answers = 0;
  for (const demo of SURVEYS) {
    const tool = context.tools.find(t => t.name === demo.tool);
    const teamRefs = tool
      ? context.adoption.find(a => a.toolRef === tool.ref)?.teamRefs ?? []
      : [];
    const opensAt = at(demo.opens);
    const id = await store.create(
      {
        title: tool
          ? `${tool.title} pulse`
          : `Platform NPS ${quarterOf(opensAt)}`,
        question: tool
          ? `How likely are you to recommend ${tool.title} to a colleague?`
          : defaultNpsQuestion,
        toolRef: tool?.ref,
        teamRefs,
        opensAt,
        closesAt: at(demo.closes),
      },
      'user:default/sven.eriksen',
      opensAt,
    );
    const rand = random(`survey-${demo.opens}-${demo.tool}`);
    const people = tool
      ? adoptersOf(context, tool.ref)
      : [...new Set(context.teams.flatMap(t => t.memberRefs))];
    for (const userRef of people) {
      const open = demo.closes > 0;
      if (rand() > demo.turnout || (open && PERSONAS.includes(userRef))) {
        continue;
      }
      const score = Math.min(
        10,
        Math.max(0, Math.round(demo.mood + (rand() - 0.5) * 7)),
      );
      const reasons = REASONS[categoryOf(score)];
      await store.answer(
        {
          surveyId: id,
          respondentKey: context.anonymity.raterKey(`survey:${id}`, userRef),
          userRef: rand() < 0.7 ? undefined : userRef,
          score,
          reason:
            rand() < 0.45
              ? reasons[Math.floor(rand() * reasons.length)]
              : undefined,
          teamRef: context.anonymity.sliceTeamOf(
            context.teams
              .filter(
                t =>
                  t.memberRefs.includes(userRef) &&
                  (!teamRefs.length || teamRefs.includes(t.ref)),
              )
              .map(t => t.ref),
          )!,
        },
        at(
          demo.opens + rand() * Math.min(demo.closes - demo.opens, -demo.opens),
        ),
      );
      answers++;
    }
  }
  return answers;
}
