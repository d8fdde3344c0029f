import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  changelogCreatePermission,
  changelogEntryInputSchema,
  feedbackCreatePermission,
  feedbackInputSchema,
  feedbackReadIdentitiesPermission,
  feedbackTriagePermission,
  ratingInputSchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import { z } from 'zod';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ChangelogService } from '../services/ChangelogService';
import { FeedbackAccess, FeedbackService } from '../services/FeedbackService';
import { RatingsService } from '../services/RatingsService';
import { UserCredentials } from '../lib/credentials';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreate } from './idempotency';

/**
 * Who asks for a write: a person, over HTTP (`request`) or through an action of the actions
 * registry (no request). Both paths run the same function below, so they check the same
 * permission and emit the same audit event.
 */
export interface Caller {
  credentials: UserCredentials;
  request?: Request;
}

/** The services and checks the writes need. */
export interface WriteDeps {
  permissions: PermissionsService;
  auditor: AuditorService;
  directory: CatalogDirectory;
}

/**
 * Refuses identities that are not a User of the catalog (e.g. a shared guest login): ratings,
 * votes and answers stand for one person each.
 */
export async function requirePerson(
  directory: CatalogDirectory,
  userRef: string,
): Promise<void> {
  if (!(await directory.isPerson(userRef))) {
    throw new NotAllowedError(
      `${userRef} is not a person of the software catalog: sign in as yourself to rate, vote, answer or send feedback`,
    );
  }
}

/**
 * The audit event's actor: the request's over HTTP; for an action, the user ref in `meta`; for
 * an anonymous write, nobody.
 */
function auditActor(
  caller: Caller,
  meta: Record<string, string | boolean>,
  anonymous = false,
): Pick<AuditorServiceCreateEventOptions, 'request' | 'meta'> {
  if (anonymous) {
    return { meta: { ...meta, ...(!caller.request && { via: 'actions' }) } };
  }
  if (caller.request) {
    return { request: caller.request, meta };
  }
  const actorRef = caller.credentials.principal.userEntityRef;
  return { meta: { ...meta, via: 'actions', actorRef } };
}

/** The audit event of a rating or feedback about a tool, which may be anonymous. */
function aboutTool(
  eventId: string,
  caller: Caller,
  input: { toolRef: string; anonymous: boolean },
): AuditorServiceCreateEventOptions {
  const { toolRef, anonymous } = input;
  return {
    eventId,
    severityLevel: 'low',
    ...auditActor(caller, { toolRef, anonymous }, anonymous),
  };
}

/** What the caller may do with feedback besides sending it. */
export async function feedbackAccessOf(
  permissions: PermissionsService,
  credentials: UserCredentials,
): Promise<FeedbackAccess> {
  const [readIdentities, triage] = await allowed(
    permissions,
    [feedbackReadIdentitiesPermission, feedbackTriagePermission],
    credentials,
  );
  return { credentials, readIdentities, triage };
}

/** Sets the caller's rating of a tool (`rating-set`; anonymous ratings name nobody). */
export async function setRating(
  deps: WriteDeps & { ratings: RatingsService },
  input: z.infer<typeof ratingInputSchema>,
  caller: Caller,
): Promise<void> {
  const { auditor, permissions, ratings } = deps;
  await audited(auditor, aboutTool('rating-set', caller, input), async () => {
    await authorize(permissions, feedbackCreatePermission, caller.credentials);
    await ratings.rate(input, caller.credentials);
  });
}

/** Sends feedback or an idea about a tool (`feedback-create`; anonymous items name nobody). */
export async function sendFeedback(
  deps: WriteDeps & { feedback: FeedbackService },
  input: z.infer<typeof feedbackInputSchema>,
  caller: Caller & { access: FeedbackAccess; create: IdempotentCreate },
) {
  const { auditor, permissions, feedback } = deps;
  const { access, create } = caller;
  return audited(
    auditor,
    aboutTool('feedback-create', caller, input),
    async () => {
      await authorize(
        permissions,
        feedbackCreatePermission,
        access.credentials,
      );
      return create.run(
        once => feedback.create(input, access, once),
        id => feedback.get(id, access),
      );
    },
  );
}

/** Creates a changelog entry (`changelog-create`). */
export async function createChangelogEntry(
  deps: WriteDeps & { changelog: ChangelogService },
  input: z.infer<typeof changelogEntryInputSchema>,
  caller: Caller & { create: IdempotentCreate },
) {
  const { auditor, permissions, changelog } = deps;
  const { credentials, create } = caller;
  return audited(
    auditor,
    {
      eventId: 'changelog-create',
      severityLevel: 'medium',
      ...auditActor(caller, {}),
    },
    async () => {
      await authorize(permissions, changelogCreatePermission, credentials);
      return create.run(
        once => changelog.create(input, credentials, once),
        id => changelog.get(id, { credentials, write: true }),
      );
    },
  );
}
