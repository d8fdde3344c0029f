import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { RatingSummary } from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { RatingsStore } from '../database/RatingsStore';
import { raterKey } from './anonymity';

type UserCredentials = BackstageCredentials<{
  type: 'user';
  userEntityRef: string;
}>;

/** Rating tools: one current rating per person per tool, anonymous if they wish. */
export class RatingsService {
  constructor(
    private readonly options: {
      store: RatingsStore;
      directory: CatalogDirectory;
      secret: string;
      now?: () => Date;
    },
  ) {}

  async summarize(
    toolRef: string,
    credentials: BackstageCredentials,
  ): Promise<RatingSummary> {
    if (!(await this.options.directory.getTool(toolRef, credentials))) {
      throw new NotFoundError(`${toolRef} is not a platform tool`);
    }
    const summary = await this.options.store.summarize(toolRef);
    const principal = credentials.principal as { userEntityRef?: string };
    const mine = principal.userEntityRef
      ? await this.options.store.getCurrent(
          toolRef,
          this.keyOf(toolRef, principal.userEntityRef),
        )
      : undefined;
    return { toolRef, ...summary, mine };
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
    if (!(await this.options.directory.getTool(input.toolRef, credentials))) {
      throw new InputError(
        `Invalid body: toolRef: ${input.toolRef} is not a platform tool`,
      );
    }
    const userRef = credentials.principal.userEntityRef;
    await this.options.store.set(
      {
        toolRef: input.toolRef,
        raterKey: this.keyOf(input.toolRef, userRef),
        userRef: input.anonymous ? undefined : userRef,
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

  private keyOf(toolRef: string, userRef: string) {
    return raterKey(this.options.secret, `tool:${toolRef}`, userRef);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}
