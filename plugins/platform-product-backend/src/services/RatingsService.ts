import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { RatingSummary } from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { RatingsStore } from '../database/RatingsStore';
import { publishedCount, raterKey, sliceTeamOf } from './anonymity';
import { UserCredentials } from './credentials';

/**
 * Rating tools: one current rating per person per tool, anonymous if they wish. Figures are
 * shown from the minimum group size on. The catalog is read as the plugin, never as the
 * rater: a read with their credentials would name them in the catalog's audit log right next
 * to an anonymous rating.
 */
export class RatingsService {
  constructor(
    private readonly options: {
      store: RatingsStore;
      directory: CatalogDirectory;
      secret: string;
      minGroupSize: number;
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
    const count = publishedCount(summary.count, minGroupSize);
    const principal = credentials.principal as { userEntityRef?: string };
    const mine = principal.userEntityRef
      ? await this.options.store.getCurrent(
          toolRef,
          this.keyOf(toolRef, principal.userEntityRef),
        )
      : undefined;
    return {
      toolRef,
      count,
      average: count === null ? null : summary.average,
      distribution: count === null ? null : summary.distribution,
      minGroupSize,
      mine,
    };
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
    const teams = await directory.getTeamsOf(
      userRef,
      await directory.pluginCredentials(),
    );
    await this.options.store.set(
      {
        toolRef: input.toolRef,
        raterKey: this.keyOf(input.toolRef, userRef),
        userRef: input.anonymous ? undefined : userRef,
        teamRef: sliceTeamOf(teams.map(team => team.ref)),
        stars: input.stars,
        comment: input.comment || undefined,
      },
      this.now(),
    );
  }

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
}
