import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  platformProductParticipantPermissions,
  platformProductPolicyProbePermission,
} from 'backstage-plugin-platform-product-common';

const PREFIX = 'platform-product.';
const participant = new Set(
  platformProductParticipantPermissions.map(p => p.name),
);

/**
 * Options of {@link PlatformProductPermissionPolicy}.
 *
 * @public
 */
export interface PlatformProductPermissionPolicyOptions {
  /**
   * Groups or users whose members maintain the suite, as full entity references
   * (`group:default/platform`). A user is a maintainer when one of their ownership references
   * (themselves and their groups) is in the list.
   */
  maintainers: string[];
  /**
   * Decides every permission that is not Platform Product's (catalog, scaffolder, …). Default:
   * allow, which is what the stock allow-all policy did for them.
   */
  fallback?: PermissionPolicy;
}

/**
 * A permission policy for Platform Product: maintainers get the maintainer permissions, every
 * signed-in user gets the participant permissions (read, rate, vote, give feedback, nominate,
 * kudos), anyone else nothing of the suite; other plugins' permissions go to `fallback`.
 * Unknown `platform-product.*` permissions (e.g. from a newer version) are maintainers' only.
 *
 * @public
 */
export class PlatformProductPermissionPolicy implements PermissionPolicy {
  private readonly maintainers: Set<string>;
  private readonly fallback?: PermissionPolicy;

  constructor(options: PlatformProductPermissionPolicyOptions) {
    this.maintainers = new Set(options.maintainers.map(m => m.toLowerCase()));
    this.fallback = options.fallback;
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const name = request.permission.name;
    if (!name.startsWith(PREFIX)) {
      return this.fallback
        ? this.fallback.handle(request, user)
        : { result: AuthorizeResult.ALLOW };
    }
    if (name === platformProductPolicyProbePermission.name) {
      return { result: AuthorizeResult.DENY };
    }
    if (participant.has(name) && user) {
      return { result: AuthorizeResult.ALLOW };
    }
    // The maintainer permissions, and any newer permission of the suite.
    return {
      result: this.isMaintainer(user)
        ? AuthorizeResult.ALLOW
        : AuthorizeResult.DENY,
    };
  }

  private isMaintainer(user?: PolicyQueryUser): boolean {
    return (user?.info.ownershipEntityRefs ?? []).some(ref =>
      this.maintainers.has(ref.toLowerCase()),
    );
  }
}
