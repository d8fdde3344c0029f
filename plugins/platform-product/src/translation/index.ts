import {
  createTranslationRef,
  TranslationFunction,
} from '@backstage/frontend-plugin-api';
import { commonMessages } from './common';
import { roadmapMessages } from './roadmap';
import { changelogMessages } from './changelog';
import { feedbackMessages } from './feedback';
import { surveysMessages } from './surveys';
import { insightsMessages } from './insights';
import { championsMessages } from './champions';
import { digestMessages } from './digest';
import { researchMessages } from './research';

/**
 * Every user-facing string of the suite, in English. Override any of them with
 * `createTranslationMessages({ ref: platformProductTranslationRef, messages: { ... } })`
 * (see docs/configuration.md "Translations").
 *
 * @public
 */
export const platformProductTranslationRef = createTranslationRef({
  id: 'platform-product',
  messages: {
    common: commonMessages,
    roadmap: roadmapMessages,
    changelog: changelogMessages,
    feedback: feedbackMessages,
    surveys: surveysMessages,
    insights: insightsMessages,
    champions: championsMessages,
    digest: digestMessages,
    research: researchMessages,
  },
});

/** The `t` of `useTranslationRef(platformProductTranslationRef)`, for plain functions. */
export type Translate = TranslationFunction<
  typeof platformProductTranslationRef.T
>;
