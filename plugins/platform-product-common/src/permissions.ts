import { createPermission } from '@backstage/plugin-permission-common';

/*
 * Every write in Platform Product is guarded by one of these permissions. Reads of the suite's
 * own data are open to every signed-in user, except where a permission below says otherwise.
 * The example portal's policy (packages/backend/src/permissionPolicy.ts) shows the intended split:
 * maintainers (the platform team) get everything, everyone else gets the "participant" set.
 */

export const roadmapCreatePermission = createPermission({
  name: 'platform-product.roadmap.create',
  attributes: { action: 'create' },
});
export const roadmapUpdatePermission = createPermission({
  name: 'platform-product.roadmap.update',
  attributes: { action: 'update' },
});
export const roadmapDeletePermission = createPermission({
  name: 'platform-product.roadmap.delete',
  attributes: { action: 'delete' },
});
export const roadmapVotePermission = createPermission({
  name: 'platform-product.roadmap.vote',
  attributes: { action: 'create' },
});

export const changelogCreatePermission = createPermission({
  name: 'platform-product.changelog.create',
  attributes: { action: 'create' },
});
export const changelogUpdatePermission = createPermission({
  name: 'platform-product.changelog.update',
  attributes: { action: 'update' },
});
export const changelogDeletePermission = createPermission({
  name: 'platform-product.changelog.delete',
  attributes: { action: 'delete' },
});

/** Rate tools, send feedback and ideas, +1 feedback, answer surveys. */
export const feedbackCreatePermission = createPermission({
  name: 'platform-product.feedback.create',
  attributes: { action: 'create' },
});
/** Move feedback through its statuses, reply, merge duplicates. */
export const feedbackTriagePermission = createPermission({
  name: 'platform-product.feedback.triage',
  attributes: { action: 'update' },
});
/** See who gave a non-anonymous rating or answer. Anonymous ones stay anonymous regardless. */
export const feedbackReadIdentitiesPermission = createPermission({
  name: 'platform-product.feedback.read-identities',
  attributes: { action: 'read' },
});
/** Create, edit and close NPS survey campaigns. */
export const surveyManagePermission = createPermission({
  name: 'platform-product.survey.manage',
  attributes: { action: 'update' },
});

export const championsNominatePermission = createPermission({
  name: 'platform-product.champions.nominate',
  attributes: { action: 'create' },
});
/** Approve or decline nominations, move champions to alumni. */
export const championsManagePermission = createPermission({
  name: 'platform-product.champions.manage',
  attributes: { action: 'update' },
});
export const championsKudosPermission = createPermission({
  name: 'platform-product.champions.kudos',
  attributes: { action: 'create' },
});

/** Champions log what they did (demos, office hours, …); the server also checks they are one. */
export const championsActivityPermission = createPermission({
  name: 'platform-product.champions.log-activity',
  attributes: { action: 'create' },
});
/**
 * See roadmap items and changelog entries flagged "early access" before everyone else. Active
 * champions get early access whatever the policy says; this permission is for maintainers.
 */
export const earlyAccessReadPermission = createPermission({
  name: 'platform-product.early-access.read',
  attributes: { action: 'read' },
});

/**
 * Send usage events (`POST /usage/events`). Meant for machines: services with a static token
 * (`backend.auth.externalAccess`), restricted to this permission; the suite's policy grants it
 * to maintainers among people (e.g. for a backfill).
 */
export const usageIngestPermission = createPermission({
  name: 'platform-product.usage.ingest',
  attributes: { action: 'create' },
});

/**
 * Preview any person's weekly digest before it goes out. The preview shows which roadmap items
 * the person voted for, so it is for maintainers only.
 */
export const digestPreviewPermission = createPermission({
  name: 'platform-product.digest.preview',
  attributes: { action: 'read' },
});

/** Mark a platform tool mandated (people must use it) or not, in Insights. */
export const toolsMandatePermission = createPermission({
  name: 'platform-product.tools.mandate',
  attributes: { action: 'update' },
});

export const insightsReadPermission = createPermission({
  name: 'platform-product.insights.read',
  attributes: { action: 'read' },
});

/** Read research notes (interviews, shadowing, …) and see their text as roadmap evidence. */
export const researchReadPermission = createPermission({
  name: 'platform-product.research.read',
  attributes: { action: 'read' },
});
/** Log, edit and delete any research note. */
export const researchWritePermission = createPermission({
  name: 'platform-product.research.write',
  attributes: { action: 'update' },
});
/**
 * Contribute research notes: log one and edit (and read) one's own. The server also checks
 * that the caller is an active champion, as for the champions' activity log.
 */
export const researchContributePermission = createPermission({
  name: 'platform-product.research.contribute',
  attributes: { action: 'create' },
});

/** What every developer may do: read, rate, vote, give feedback, nominate, give kudos. */
export const platformProductParticipantPermissions = [
  roadmapVotePermission,
  feedbackCreatePermission,
  championsNominatePermission,
  championsKudosPermission,
  championsActivityPermission,
  insightsReadPermission,
  researchContributePermission,
];

/** What only the platform team (the suite's maintainers) should do. */
export const platformProductMaintainerPermissions = [
  roadmapCreatePermission,
  roadmapUpdatePermission,
  roadmapDeletePermission,
  changelogCreatePermission,
  changelogUpdatePermission,
  changelogDeletePermission,
  feedbackTriagePermission,
  feedbackReadIdentitiesPermission,
  surveyManagePermission,
  championsManagePermission,
  earlyAccessReadPermission,
  usageIngestPermission,
  digestPreviewPermission,
  toolsMandatePermission,
  researchReadPermission,
  researchWritePermission,
];

export const platformProductPermissions = [
  ...platformProductParticipantPermissions,
  ...platformProductMaintainerPermissions,
];

/**
 * Never grant this one. The backend asks the policy about it to detect a policy that allows
 * every permission (the stock allow-all policy, or `permission.enabled: false`), under which
 * every signed-in user is a maintainer. It is not registered, so policy tooling does not list it.
 */
export const platformProductPolicyProbePermission = createPermission({
  name: 'platform-product.policy-probe',
  attributes: { action: 'read' },
});
