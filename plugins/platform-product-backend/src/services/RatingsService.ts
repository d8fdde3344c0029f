import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  Page,
  RatingComment,
  RatingPrompt,
  RatingSummary,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { RatingsStore } from '../database/RatingsStore';
import { dayOf, PersonToolUsage } from './UsageService';
import {
  GroupSize,
  isPublishable,
  raterKey,
  ratingGroup,
  sliceTeamOf,
} from '../lib/anonymity';
import { KeysetPage } from '../database/keyset';
import { UserCredentials } from '../lib/credentials';
import type { EvidenceKindLoop } from './ClosingTheLoop';
import type { CommentAsEvidence } from './EvidenceService';

const DAY = 24 * 60 * 60 * 1000;

/** When people are invited to rate a tool they use (`platformProduct.ratings.prompt`). */
export interface PromptCadence {
  afterUses: number;
  afterDays: number;
  reaskAfterDays: number;
  dismissBackoffDays: number;
}

/**
 * Rating tools: one current rating per person per tool, anonymous if they wish. Figures are
 * shown from the minimum group size on, and only when the anonymous ratings among them are
 * none or at least as many: signed ratings can be read one by one (their comments name the
 * rater), so subtracting them must not leave a small group. The catalog is read as the plugin,
 * never as the rater: a read with their credentials would name them in the catalog's audit log
 * right next to an anonymous rating.
 */
export class RatingsService {
  constructor(
    private readonly options: {
      store: RatingsStore;
      directory: CatalogDirectory;
      secret: string;
      minGroupSize: number;
      /** What a person used, from the usage events (the usage area's service). */
      usage: { usageOf(userRef: string): Promise<PersonToolUsage[]> };
      activeDays: number;
      cadence: PromptCadence;
      now?: () => Date;
    },
  ) {}

  async summarize(
    toolRef: string,
    credentials: BackstageCredentials,
  ): Promise<RatingSummary> {
    if (!(await this.isTool(toolRef))) {
      throw new NotFoundError(`${toolRef} is not a platform tool`);
    }
    const { minGroupSize } = this.options;
    const summary = await this.options.store.summarize(toolRef);
    const shown = isPublishable(ratingGroup(summary), minGroupSize);
    const principal = credentials.principal as { userEntityRef?: string };
    const mine = principal.userEntityRef
      ? await this.options.store.getCurrent(
          toolRef,
          this.keyOf(toolRef, principal.userEntityRef),
        )
      : undefined;
    const { active } = summary;
    const others = ratingGroup({
      count: summary.count - active.count,
      anonymous: summary.anonymous - active.anonymous,
    });
    // Both sides of the split, as one is the whole minus the other: each none or publishable.
    const noneOrShown = (group: GroupSize) =>
      group.total === 0 || isPublishable(group, minGroupSize);
    return {
      toolRef,
      count: shown ? summary.count : null,
      average: shown ? summary.average : null,
      distribution: shown ? summary.distribution : null,
      minGroupSize,
      activeUsers:
        shown &&
        active.count > 0 &&
        noneOrShown(ratingGroup(active)) &&
        noneOrShown(others)
          ? { count: active.count, average: active.starSum / active.count }
          : null,
      mine,
    };
  }

  /**
   * The one tool the caller is invited to rate now, if any (only `toolRef`, when given): one
   * they used lately, often or long enough, that they neither rated nor dismissed within the
   * re-ask period, and nothing in the back-off period after they dismissed an invitation.
   */
  async prompt(
    credentials: UserCredentials,
    toolRef?: string,
  ): Promise<RatingPrompt | null> {
    const { usage, store, directory, cadence } = this.options;
    const userRef = credentials.principal.userEntityRef;
    const used = await usage.usageOf(userRef);
    const history = await store.promptHistory(
      used.map(u => ({
        toolRef: u.toolRef,
        raterKey: this.keyOf(u.toolRef, userRef),
      })),
    );
    const within = (days: number, at?: Date) => !!at && at > this.daysAgo(days);
    if (
      [...history.values()].some(h =>
        within(cadence.dismissBackoffDays, h.dismissedAt),
      )
    ) {
      return null;
    }
    const [pick] = used
      .filter(u => !toolRef || u.toolRef === toolRef)
      .filter(u => this.isDue(u))
      .filter(u => {
        const { ratedAt, dismissedAt } = history.get(u.toolRef) ?? {};
        return (
          !within(cadence.reaskAfterDays, ratedAt) &&
          !within(cadence.reaskAfterDays, dismissedAt)
        );
      })
      .sort((a, b) => b.lastDay.localeCompare(a.lastDay) || b.uses - a.uses);
    const tool =
      pick &&
      (await directory.getTool(
        pick.toolRef,
        await directory.pluginCredentials(),
      ));
    return tool
      ? {
          toolRef: pick.toolRef,
          title: tool.title,
          uses: pick.uses,
          lastUsedOn: pick.lastDay,
        }
      : null;
  }

  /** The caller declines the invitation to rate the tool, for the re-ask period. */
  async dismissPrompt(toolRef: string, credentials: UserCredentials) {
    const userRef = credentials.principal.userEntityRef;
    await this.options.store.dismissPrompt(
      { toolRef, raterKey: this.keyOf(toolRef, userRef) },
      this.now(),
    );
  }

  async rate(
    input: {
      toolRef: string;
      stars: number;
      comment?: string;
      anonymous: boolean;
    },
    credentials: UserCredentials,
  ): Promise<void> {
    const { directory } = this.options;
    if (!(await this.isTool(input.toolRef))) {
      throw new InputError(
        `Invalid body: toolRef: ${input.toolRef} is not a platform tool`,
      );
    }
    const userRef = credentials.principal.userEntityRef;
    const [teams, used] = await Promise.all([
      directory.getTeamsOf(userRef, await directory.pluginCredentials()),
      this.options.usage.usageOf(userRef),
    ]);
    const since = dayOf(this.daysAgo(this.options.activeDays));
    await this.options.store.set(
      {
        toolRef: input.toolRef,
        raterKey: this.keyOf(input.toolRef, userRef),
        userRef: input.anonymous ? undefined : userRef,
        teamRef: sliceTeamOf(teams.map(team => team.ref)),
        stars: input.stars,
        comment: input.comment || undefined,
        active: used.some(
          u => u.toolRef === input.toolRef && u.lastDay >= since,
        ),
      },
      this.now(),
    );
  }

  /**
   * A page of the tool's rating comments, once the tool's figures are shown (the same rule); a
   * rater is named only for a signed rating and when `readIdentities`.
   */
  async comments(
    toolRef: string,
    page: KeysetPage,
    readIdentities: boolean,
  ): Promise<Page<RatingComment>> {
    const { store, minGroupSize } = this.options;
    if (!(await this.isTool(toolRef))) {
      throw new NotFoundError(`${toolRef} is not a platform tool`);
    }
    const summary = await store.summarize(toolRef);
    if (!isPublishable(ratingGroup(summary), minGroupSize)) {
      throw new ConflictError(
        `${toolRef} has too few ratings to show: their comments are shown with its figures, from ${minGroupSize} ratings with none or at least ${minGroupSize} anonymous`,
      );
    }
    const result = await store.listComments(toolRef, page);
    return {
      ...result,
      items: result.items.map(({ commentId, stars, comment, userRef }) => ({
        commentId,
        stars,
        comment,
        raterRef: readIdentities ? userRef : undefined,
      })),
    };
  }

  /**
   * Rating comments as roadmap evidence: a signed rating names its rater (who counts like a
   * feedback author), an anonymous one is one anonymous contribution.
   */
  async commentsAsEvidence(
    ids: number[],
  ): Promise<Map<number, CommentAsEvidence>> {
    const found = await this.options.store.commentsByIds(ids);
    return new Map(
      [...found].map(([id, rating]) => [
        id,
        {
          comment: {
            text: rating.comment,
            score: rating.stars,
            toolRef: rating.toolRef,
            anonymous: !rating.userRef,
          },
          authorRef: rating.userRef,
        },
      ]),
    );
  }

  /**
   * Closing the loop for linked rating comments: the raters of signed ratings are told; an
   * anonymous rater is never looked for (telling them would reveal them).
   */
  readonly evidenceLoop: EvidenceKindLoop = {
    recipients: (tx, ids) => this.options.store.signedRatersOf(tx, ids),
  };

  /** Withdraws the caller's rating; withdrawing twice is harmless. */
  async withdraw(toolRef: string, credentials: UserCredentials) {
    const userRef = credentials.principal.userEntityRef;
    return this.options.store.withdraw(
      toolRef,
      this.keyOf(toolRef, userRef),
      this.now(),
    );
  }

  private async isTool(toolRef: string) {
    const { directory } = this.options;
    return !!(await directory.getTool(
      toolRef,
      await directory.pluginCredentials(),
    ));
  }

  private keyOf(toolRef: string, userRef: string) {
    return raterKey(this.options.secret, `tool:${toolRef}`, userRef);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }

  /** Used lately, and often enough or for long enough, to be asked. */
  private isDue(usage: PersonToolUsage) {
    const { activeDays, cadence } = this.options;
    const day = (days: number) => dayOf(this.daysAgo(days));
    return (
      usage.lastDay >= day(activeDays) &&
      (usage.uses >= cadence.afterUses ||
        usage.firstDay <= day(cadence.afterDays))
    );
  }

  private daysAgo(days: number) {
    return new Date(this.now().getTime() - days * DAY);
  }
}
