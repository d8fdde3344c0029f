import { z } from 'zod';

/**
 * The events-service topic Platform Product publishes its domain events to.
 *
 * @public
 */
export const PLATFORM_PRODUCT_EVENTS_TOPIC = 'platform-product';

/** What every event carries: a unique id (for de-duplication), its type with a version, when. */
const envelope = <T extends string>(eventType: T) =>
  z.object({
    /** Unique per event; a consumer that sees an id twice can drop the repeat. */
    eventId: z.string(),
    /** `<area>.<what>.v<version>`: a new version is a new type, published beside the old one. */
    eventType: z.literal(eventType),
    /** ISO date-time of the change (after its transaction committed). */
    occurredAt: z.string(),
    /** Who did it: a maintainer or the scheduler (`'scheduler'`), never an anonymous author. */
    actorRef: z.string(),
  });

const roadmapItem = {
  itemId: z.number(),
  title: z.string(),
  toolRefs: z.array(z.string()),
};

/**
 * A roadmap item changed lanes.
 *
 * @public
 */
export const roadmapItemMovedEventSchema = envelope(
  'roadmap.item-moved.v1',
).extend({
  ...roadmapItem,
  fromLane: z.string(),
  toLane: z.string(),
});

/**
 * A roadmap item shipped (by hand, or by publishing a changelog entry that links it).
 *
 * @public
 */
export const roadmapItemShippedEventSchema = envelope(
  'roadmap.item-shipped.v1',
).extend({ ...roadmapItem, changelogEntryIds: z.array(z.number()) });

/**
 * A roadmap item was dropped, with the reason given.
 *
 * @public
 */
export const roadmapItemKilledEventSchema = envelope(
  'roadmap.item-killed.v1',
).extend({ ...roadmapItem, reason: z.string() });

/**
 * A changelog entry was published (not sent for early-access entries before they are public).
 *
 * @public
 */
export const changelogEntryPublishedEventSchema = envelope(
  'changelog.entry-published.v1',
).extend({
  entryId: z.number(),
  title: z.string(),
  category: z.string(),
  toolRefs: z.array(z.string()),
  roadmapItemIds: z.array(z.number()),
  earlyAccess: z.boolean(),
  /** The app-relative link to the entry. */
  link: z.string(),
});

/**
 * A feedback item moved to another status. Carries no author: feedback may be anonymous.
 *
 * @public
 */
export const feedbackStatusChangedEventSchema = envelope(
  'feedback.status-changed.v1',
).extend({
  feedbackId: z.number(),
  toolRef: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
});

const survey = {
  surveyId: z.number(),
  title: z.string(),
  question: z.string(),
  toolRef: z.string().optional(),
};

/**
 * An NPS survey opened (created open).
 *
 * @public
 */
export const surveyOpenedEventSchema =
  envelope('survey.opened.v1').extend(survey);

/**
 * An NPS survey was closed by a maintainer.
 *
 * @public
 */
export const surveyClosedEventSchema =
  envelope('survey.closed.v1').extend(survey);

/**
 * A nomination was approved: the person is now a champion of the team.
 *
 * @public
 */
export const championAppointedEventSchema = envelope(
  'champions.appointed.v1',
).extend({
  championId: z.number(),
  userRef: z.string(),
  teamRef: z.string(),
});

/**
 * Every event Platform Product publishes on {@link PLATFORM_PRODUCT_EVENTS_TOPIC}, told apart by
 * `eventType`.
 *
 * @public
 */
export const platformProductEventSchema = z.discriminatedUnion('eventType', [
  roadmapItemMovedEventSchema,
  roadmapItemShippedEventSchema,
  roadmapItemKilledEventSchema,
  changelogEntryPublishedEventSchema,
  feedbackStatusChangedEventSchema,
  surveyOpenedEventSchema,
  surveyClosedEventSchema,
  championAppointedEventSchema,
]);

/**
 * The payload of an event on {@link PLATFORM_PRODUCT_EVENTS_TOPIC}.
 *
 * @public
 */
export type PlatformProductEvent = z.infer<typeof platformProductEventSchema>;

/**
 * One event type's payload, e.g. `PlatformProductEventOf<'survey.closed.v1'>`.
 *
 * @public
 */
export type PlatformProductEventOf<
  T extends PlatformProductEvent['eventType'],
> = Extract<PlatformProductEvent, { eventType: T }>;
