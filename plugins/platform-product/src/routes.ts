import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The page, wherever the app mounts it (`/platform-product` by default). */
export const rootRouteRef = createRouteRef({ id: 'platform-product' });

// Every deep link into the page is one of these, resolved with `useRouteRef`: no component
// builds a path by hand, so links follow the page when an app mounts it elsewhere.

export const roadmapRouteRef = createSubRouteRef({
  id: 'platform-product.roadmap',
  parent: rootRouteRef,
  path: '/roadmap',
});

export const roadmapItemRouteRef = createSubRouteRef({
  id: 'platform-product.roadmap-item',
  parent: rootRouteRef,
  path: '/roadmap/:id',
});

export const changelogRouteRef = createSubRouteRef({
  id: 'platform-product.changelog',
  parent: rootRouteRef,
  path: '/changelog',
});

export const changelogEntryRouteRef = createSubRouteRef({
  id: 'platform-product.changelog-entry',
  parent: rootRouteRef,
  path: '/changelog/:id',
});

export const feedbackRouteRef = createSubRouteRef({
  id: 'platform-product.feedback',
  parent: rootRouteRef,
  path: '/feedback',
});

export const feedbackItemRouteRef = createSubRouteRef({
  id: 'platform-product.feedback-item',
  parent: rootRouteRef,
  path: '/feedback/:id',
});

export const surveyResultsRouteRef = createSubRouteRef({
  id: 'platform-product.survey-results',
  parent: rootRouteRef,
  path: '/feedback/surveys/:id',
});

export const researchLogRouteRef = createSubRouteRef({
  id: 'platform-product.research-log',
  parent: rootRouteRef,
  path: '/feedback/research',
});

export const researchNoteRouteRef = createSubRouteRef({
  id: 'platform-product.research-note',
  parent: rootRouteRef,
  path: '/feedback/research/:id',
});

export const championsRouteRef = createSubRouteRef({
  id: 'platform-product.champions',
  parent: rootRouteRef,
  path: '/champions',
});

/** The plugin's routes, for both frontend systems' plugins (and an app's route bindings). */
export const platformProductRoutes = {
  root: rootRouteRef,
  roadmap: roadmapRouteRef,
  roadmapItem: roadmapItemRouteRef,
  changelog: changelogRouteRef,
  changelogEntry: changelogEntryRouteRef,
  feedback: feedbackRouteRef,
  feedbackItem: feedbackItemRouteRef,
  surveyResults: surveyResultsRouteRef,
  researchLog: researchLogRouteRef,
  researchNote: researchNoteRouteRef,
  champions: championsRouteRef,
};
