/**
 * The Backstage signals channels Platform Product broadcasts on, one per area, so that open
 * pages reload what changed without a page reload.
 *
 * @public
 */
export const platformProductSignalChannels = {
  roadmap: 'platform-product:roadmap',
  feedback: 'platform-product:feedback',
  surveys: 'platform-product:surveys',
} as const;

/**
 * An area with a signals channel.
 *
 * @public
 */
export type PlatformProductSignalArea =
  keyof typeof platformProductSignalChannels;

/**
 * The kinds of change each area signals.
 *
 * @public
 */
export const platformProductSignalKinds = {
  roadmap: [
    'created',
    'updated',
    'moved',
    'shipped',
    'killed',
    'deleted',
    'voted',
  ],
  feedback: [
    'created',
    'voted',
    'status-changed',
    'assigned',
    'tagged',
    'merged',
  ],
  surveys: ['created', 'updated', 'closed', 'answered'],
} as const;

/**
 * What a signal on an area's channel says: which kind of change, to which item (a roadmap
 * item, a feedback item or a survey, by id). Nothing else — no person, no title, no count:
 * a page that hears it reads the change again through the API, with its reader's permissions.
 *
 * @public
 */
export type PlatformProductSignal<
  A extends PlatformProductSignalArea = PlatformProductSignalArea,
> = {
  kind: (typeof platformProductSignalKinds)[A][number];
  id: number;
};
