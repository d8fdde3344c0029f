import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

/**
 * Home page widget `PlatformProductSurveys`: the open NPS surveys the reader is asked to
 * answer, answered inline.
 *
 * @alpha
 */
export const surveyPromptWidget = HomePageWidgetBlueprint.make({
  name: 'survey-prompt',
  params: {
    name: 'PlatformProductSurveys',
    title: 'Platform survey',
    description:
      'The open surveys of the platform team that you are asked to answer',
    layout: {
      height: { defaultRows: 4, minRows: 3 },
      width: { defaultColumns: 6, minColumns: 4 },
    },
    components: () =>
      import('../components/Surveys').then(m => ({ Content: m.SurveyPrompts })),
  },
});

/**
 * Home page widget `PlatformProductWhatsNew`: the latest changelog entries, marked "Unread" for
 * the reader.
 *
 * @alpha
 */
export const whatsNewWidget = HomePageWidgetBlueprint.make({
  name: 'whats-new',
  params: {
    name: 'PlatformProductWhatsNew',
    title: "What's new in the platform",
    description: 'The latest changelog entries of the platform team',
    layout: {
      height: { defaultRows: 4, minRows: 3 },
      width: { defaultColumns: 6, minColumns: 4 },
    },
    components: () =>
      import('../components/Changelog').then(m => ({ Content: m.WhatsNew })),
  },
});

/**
 * Home page widget `PlatformProductScorecard`: the platform KPIs against their targets (for
 * readers with `platform-product.insights.read`).
 *
 * @alpha
 */
export const scorecardWidget = HomePageWidgetBlueprint.make({
  name: 'scorecard',
  params: {
    name: 'PlatformProductScorecard',
    title: 'Platform KPIs',
    description:
      'The platform team’s KPIs (adoption, satisfaction, NPS, champions, response and deploy times) against their targets',
    layout: {
      height: { defaultRows: 6, minRows: 4 },
      width: { defaultColumns: 6, minColumns: 4 },
    },
    components: () =>
      import('../components/Insights').then(m => ({
        Content: () => <m.ScorecardKpis compact />,
      })),
  },
});
