/** English messages of the insights area; keys are `insights.<key>` in `t()`. */
export const insightsMessages = {
  tab: {
    title: 'Insights',
    description:
      'Which tools are used and loved, how that changes, and how the product program is doing.',
    forbiddenTitle: 'Insights are not available to you',
    forbiddenMessage:
      'Reading the Insights tab needs the platform-product.insights.read permission; ask the platform team.',
  },
  downloadCsv: 'Download CSV',
  showAsTable: 'Show as table',
  fields: {
    tool: 'Tool',
    day: 'Day',
    adoption: 'Adoption',
    declaredAdoption: 'Declared adoption',
    activeAdoption: 'Active adoption',
    adoptingTeams: 'Adopting teams',
    activeTeams: 'Active teams',
    mandated: 'Mandated',
    averageRating: 'Average rating',
    ratings: 'Ratings',
    nps: 'NPS',
    openFeedback: 'Open feedback',
    inNow: 'In Now',
    lastChange: 'Last change',
    survey: 'Survey',
    closes: 'Closes',
    responses: 'Responses',
  },
  format: {
    adoption: '{{percent}} · {{adopting}} of {{eligible}}',
    coverage: '{{covered}} of {{eligible}} teams ({{percent}})',
    hours: '{{hours}} h',
    days_one: '{{days}} day',
    days_other: '{{days}} days',
  },
  noTools: {
    title: 'No platform tools found',
    description:
      'Tools are catalog entities matching platformProduct.tools.filter (by default: Components, Systems and APIs tagged platform-tool).',
  },
  tools: {
    title: 'Tools',
    subheader:
      'Declared adoption (catalog) and active adoption (use in the last {{activeDays}} days) by teams, ratings (shown from {{minGroupSize}} ratings on), the latest NPS and open work per tool',
    fewerRatings: 'Too few ratings to show',
    /** The number of answers behind a tool's NPS. */
    sampleSize: 'n = {{n}}',
    noTeams:
      'No eligible teams, so no tool can be adopted: teams are catalog Group entities matching platformProduct.teams.filter (by default, Groups of spec.type team).',
    noAdoption:
      'No team adopts a platform tool yet: a team adopts a tool when an entity it owns depends on the tool or one of its parts (dependsOn) or consumes one of its APIs (consumesApi) in the catalog.',
  },
  mandated: {
    label: 'Mandated',
    config:
      'Mandated by configuration (platformProduct.tools.mandated): people must use it, so its adoption is not a sign of choice.',
    maintainer:
      'Marked mandated by {{by}} on {{day}}: people must use it, so its adoption is not a sign of choice.',
    toggle: '{{tool}} is mandated',
    marked: '{{tool}} is marked mandated',
    cleared: '{{tool}} is no longer marked mandated',
    failed: 'Could not change whether {{tool}} is mandated: {{message}}',
  },
  gap: {
    title: 'Declared vs active adoption',
    subheader:
      'Per tool, the teams that declare it in the catalog but did not use it in the last {{activeDays}} days (shelfware risk), and the teams that use it without declaring it (catalog drift)',
    declaredInactive: 'Declared but inactive',
    activeUndeclared: 'Active but undeclared',
    none: 'No gap: every team that declares a tool used it in the last {{activeDays}} days, and every team that used one declares it.',
    noTeam: 'none',
  },
  captive: {
    label: 'Captive audience — investigate',
    series: 'Captive audience',
    none: 'No tool looks captive',
    item: 'Active adoption {{adoption}}, rated {{rating}}',
  },
  quadrants: {
    lovedUsed: 'Loved and used',
    lovedNotUsed: 'Loved, not yet used',
    usedNotLoved: 'Used, not loved — captive?',
    neither: 'Neither',
  },
  satisfaction: {
    title: 'Adoption × satisfaction',
    subheader:
      'Quadrants split at {{adoption}} active adoption (use in the last {{activeDays}} days) and a {{rating}} ★ average; point size is the number of ratings. Tools show from {{minGroupSize}} ratings on.',
    hiddenTools: 'Not on the chart, too few ratings to show: {{tools}}.',
    judged: 'Rated by enough people',
    tooltipAdoption: 'Active adoption: {{adoption}}',
    tooltipRating: 'Average rating: {{rating}}',
    chart_one: 'Active adoption against average rating of {{count}} tool.',
    chart_other: 'Active adoption against average rating of {{count}} tools.',
    chartQuadrant: '{{quadrant}}: {{tools}}.',
    chartHidden: 'Too few ratings to show, not drawn: {{tools}}.',
    none: 'none',
    noRatings: {
      title: 'No tool’s rating can be shown yet',
      description:
        'A tool appears on the chart once {{minGroupSize}} people rated it, on the Rating card of its entity page (EntityToolRatingCard), unless some but fewer than {{minGroupSize}} of them rated anonymously.',
    },
  },
  trends: {
    title: 'Trends',
    subheader:
      'Declared and active adoption and average rating per day, from the daily snapshots',
    allTools: 'All tools',
    range: 'Range',
    lastDays: 'Last {{days}} days',
    table: 'Trend figures',
    fewerThan: 'too few to show',
    fewerRatings: 'too few ratings to show',
    notRecorded: 'not recorded yet',
    noData: 'no data',
    line: '{{tool}} from {{first}} on {{firstDay}} to {{last}} on {{lastDay}}',
    lineMissing: '{{tool}} {{missing}}',
    hiddenNote:
      'Ratings are left out on days when fewer than {{minGroupSize}} people had rated the tool, or some but fewer than {{minGroupSize}} of them anonymously, and on days recorded before anonymous ratings were counted.',
    empty: {
      title: 'No snapshots in this range yet: they are taken once a day.',
      allTools:
        'The backend records every tool’s adoption and rating once a day, from its first start with the plugin: the first points appear within an hour.',
      oneTool:
        'This tool has no snapshot in this range: it may have become a platform tool recently. Choose “All tools” or a longer range.',
    },
  },
  nps: {
    title: 'Platform NPS per survey',
    subheader:
      'Surveys about the whole platform, oldest first, from −100 to 100',
    chart: 'Platform NPS per survey: {{surveys}}',
    tooFew_one: 'One survey has too few answers to show.',
    tooFew_other: '{{count}} surveys have too few answers to show.',
    noneShown: 'No platform-wide survey has enough answers to show yet.',
    empty: {
      title: 'No platform-wide survey has answers yet.',
      description:
        'This card shows the NPS surveys about the whole platform (no tool chosen). Maintainers create them on the Feedback tab with “New survey”.',
    },
  },
  scorecard: {
    title: 'Platform scorecard',
    subheader:
      'The platform’s KPIs against their targets, for the whole company',
    widgetTitle: 'Platform KPIs',
    forbidden:
      'Reading the platform KPIs needs the platform-product.insights.read permission.',
    status: {
      onTrack: 'On track',
      offTrack: 'Off track',
      noData: 'No data yet',
    },
    indicator: {
      leading: 'Leading indicator',
      lagging: 'Lagging indicator',
    },
    target: {
      atLeast: 'Target: at least {{target}}',
      above: 'Target: above {{target}}',
      atMost: 'Target: at most {{target}}',
    },
    trend: '{{from}} on {{day}}, {{to}} now',
    noTrend: 'No trend yet: a point is recorded each day',
    stars: '{{stars}} / 5',
    kpis: {
      declaredAdoption: {
        title: 'Declared adoption',
        basis_one: 'of {{count}} eligible team, by catalog dependencies',
        basis_other: 'of {{count}} eligible teams, by catalog dependencies',
      },
      activeAdoption: {
        title: 'Active adoption',
        basis_one: 'of {{count}} eligible team, by recent usage',
        basis_other: 'of {{count}} eligible teams, by recent usage',
      },
      satisfaction: {
        title: 'Satisfaction',
        basis_one: 'average of {{count}} rating',
        basis_other: 'average of {{count}} ratings',
      },
      nps: {
        title: 'Platform NPS',
        basis_one: 'latest platform survey, {{count}} answer',
        basis_other: 'latest platform survey, {{count}} answers',
      },
      championCoverage: {
        title: 'Champion coverage',
        basis_one: 'of {{count}} eligible team',
        basis_other: 'of {{count}} eligible teams',
      },
      firstResponse: {
        title: 'Time to first maintainer response',
        basis_one: 'median over {{count}} feedback item',
        basis_other: 'median over {{count}} feedback items',
      },
      timeToFirstDeploy: {
        title: 'Time to first deploy',
        basis_one: 'median over {{count}} new team',
        basis_other: 'median over {{count}} new teams',
      },
    },
  },
  health: {
    title: 'Program health',
    subheader:
      'Champions, and how quickly feedback is answered and closed by the platform team',
    coverage: 'Champion coverage',
    coverageDetail: 'teams with an active champion',
    noTeams:
      'no teams: teams are catalog Groups matching platformProduct.teams.filter',
    firstResponse: 'Time to first maintainer response',
    noResponse: 'no feedback answered yet',
    finalStatus: 'Time to a final status',
    noFinalStatus: 'no feedback shipped or declined yet',
    medianOver_one: 'median over {{count}} item',
    medianOver_other: 'median over {{count}} items',
    roadmap: {
      title: 'Roadmap outcomes per quarter',
      subheader: 'Items shipped and killed (killing is a decision too)',
      period: 'Quarter',
      shipped: 'Shipped',
      killed: 'Killed',
      summary: '{{shipped}} shipped, {{killed}} killed',
      empty: {
        title: 'No roadmap item shipped or killed yet.',
        description:
          'Items count here in the quarter a maintainer moves them to Shipped or Killed on the Roadmap tab.',
      },
    },
    changelog: {
      title: 'Changelog per week',
      subheader: 'Entries published and marked helpful, last 12 weeks',
      period: 'Week of',
      entries: 'Entries',
      helpful: 'Helpful',
      summary: '{{entries}} entries, {{helpful}} helpful',
      empty: {
        title: 'No changelog entry published in the last 12 weeks.',
        description:
          'Entries count here in the week a maintainer publishes them on the Changelog tab; readers mark them helpful.',
      },
    },
  },
  team: {
    title: 'Per team',
    subheader:
      "What a team adopts and how its people rate it; a team's average shows from the minimum group size on",
    team: 'Team',
    members_one: '{{count}} member',
    members_other: '{{count}} members',
    adopts: 'What it adopts',
    adoptedBy: 'Adopted by {{team}}',
    ratingsFromTeam: 'Ratings from the team',
    onePerPerson: 'Each person’s rating counts for one of their teams only.',
    champions: 'Champions',
    noChampion: 'No champion yet.',
    openFeedback: 'Open feedback',
    noOpenFeedback: 'No open feedback sent under a name.',
    noTeams: {
      title: 'No teams found.',
      description:
        'Teams are catalog Group entities matching platformProduct.teams.filter (by default: Groups of spec.type team). Their members are the Users whose memberOf names the Group.',
    },
    noTools: {
      title: 'This team adopts no platform tool yet.',
      description:
        'A team adopts a tool when an entity it owns depends on the tool or one of its parts (dependsOn) or consumes one of its APIs (consumesApi) in the catalog.',
    },
  },
  changelogReach: {
    title: 'Changelog reach',
    subheader:
      'Per week: how many of the people each published entry was meant for opened the changelog since.',
    week: 'Week of',
    entries: 'Entries',
    read: 'Read',
    share: 'Share',
    fewer: 'fewer than {{minGroupSize}} people',
    empty: 'No entries were published in these weeks.',
  },
} as const;
