/** English messages of the roadmap area; keys are `roadmap.<key>` in `t()`. */
export const roadmapMessages = {
  /** The suite's shell: page, tabs, sidebar item. */
  suite: {
    title: 'Platform Product',
    subtitle:
      "{{organization}}'s internal developer platform, run as a product",
    defaultOrganization: 'Platform',
    tabs: {
      roadmap: 'Roadmap',
      changelog: 'Changelog',
      feedback: 'Feedback',
      champions: 'Champions',
      insights: 'Insights',
    },
    /** Tab labels with a count: unread changelog entries, feedback waiting for triage. */
    tabCounts: {
      changelog: 'Changelog ({{number}} unread)',
      feedback: 'Feedback ({{number}} to triage)',
    },
    notFound: {
      title: 'No such page',
      description:
        'Platform Product has no page “{{path}}”. Its pages are the roadmap, the changelog, feedback, champions and insights.',
      action: 'Go to the roadmap',
    },
    sidebar: {
      text: 'Platform',
      label_one: '{{text}}, {{count}} new changelog entry',
      label_other: '{{text}}, {{count}} new changelog entries',
      unseen_one: '{{count}} new changelog entry',
      unseen_other: '{{count}} new changelog entries',
    },
  },
  generic: {
    cancel: 'Cancel',
    reload: 'Reload',
    changedMeanwhile:
      'Changed by someone else meanwhile: {{fields}}. What you typed is kept; saving replaces their version with yours.',
    delete: 'Delete',
    none: 'None',
    chooseTeam: 'Choose a team',
    earlyAccess: 'Early access',
    killedBecause: 'Killed: {{reason}}',
  },
  /** Why a choice of catalog entities is empty. */
  catalog: {
    noTeams:
      'No teams found: teams are the catalog Groups matching platformProduct.teams.filter (by default spec.type: team).',
    noTools:
      'No platform tools found: tools are the catalog entities matching platformProduct.tools.filter (by default tagged platform-tool).',
  },
  overview: {
    title: 'Roadmap',
    description:
      'What the platform team works on now, next and later, prioritised by RICE score, and what it decided not to do.',
    views: 'Roadmap views',
    newItem: 'New item',
    created: 'Created “{{title}}”',
  },
  views: {
    board: 'Board',
    list: 'List',
    shipped: 'Shipped',
    killed: 'Killed',
    'impact-map': 'Impact map',
    timeline: 'Timeline',
    priorities: 'Priorities',
  },
  /** The backend's default lane titles, shown until the configured ones are loaded. */
  lanes: {
    now: 'Now',
    next: 'Next',
    later: 'Later',
    exploring: 'Exploring',
  },
  /** What an ended item's chip says; an active item's says its lane. */
  status: {
    shipped: 'Shipped',
    killed: 'Killed',
  },
  outcomes: {
    pending: 'Pending',
    met: 'Met',
    missed: 'Missed',
  },
  /** Column titles, facts and field labels shared by the views. */
  fields: {
    title: 'Title',
    lane: 'Lane',
    owner: 'Owner',
    owningTeam: 'Owning team',
    tools: 'Tools',
    requestedBy: 'Requested by',
    votes: 'Votes',
    rice: 'RICE',
    shipped: 'Shipped',
    killed: 'Killed',
    changelog: 'Changelog',
  },
  counts: {
    votes_one: '{{count}} vote',
    votes_other: '{{count}} votes',
    teams_one: '{{count}} team',
    teams_other: '{{count}} teams',
    votesAndTeams: '{{votes}} · {{teams}}',
    items_one: '{{count}} item',
    items_other: '{{count}} items',
    people_one: '{{people}} person',
    people_other: '{{people}} people',
  },
  rice: {
    title: 'RICE score',
    formula: 'Reach × Impact × Confidence ÷ Effort',
    explained: '{{formula}}: {{values}}',
    score: 'RICE {{score}}',
    reach: 'Reach',
    impact: 'Impact',
    confidence: 'Confidence',
    effort: 'Effort',
    impactOption: '{{value}} — {{label}}',
    impacts: {
      massive: 'massive',
      high: 'high',
      medium: 'medium',
      low: 'low',
      minimal: 'minimal',
      custom: 'custom',
    },
    reachValue: '{{reach}} people per quarter',
    effortValue: '{{effort}} person-months',
    reachFromCatalog: 'suggested from the catalog',
    reachByHand: 'set by hand',
    reachHelpCatalog: 'People per quarter, suggested from the catalog',
    reachHelpManual: 'People per quarter, your own estimate',
    effortHelp: 'Person-months',
    preview: 'Score: {{values}}',
    previewPending: 'Score: fill in reach and effort to see it.',
  },
  reach: {
    noTools: 'Link tools to get a suggestion from the catalog.',
    failed: 'Could not suggest a reach: {{error}}',
    asking: 'Asking the catalog…',
    suggested: 'Suggested from the catalog: {{people}}',
    explanation:
      'Members of the teams that adopt these tools, voted for the item or are behind its evidence, plus its voters and the named people behind its evidence, each counted once.',
    team: '{{team}}: {{people}} ({{reasons}})',
    reasons: {
      adopts: 'adopts',
      voted: 'voted',
      evidence: 'evidence',
    },
    use: 'Use suggested reach',
    noAdopters:
      'No team adopts these tools or voted for the item yet. A team adopts a tool when a component it owns depends on the tool (dependsOn) or consumes its API (consumesApi) in the catalog.',
  },
  empty: {
    noItems: {
      title: 'Nothing on the roadmap yet',
      canCreate:
        'Add the first item with “New item”. An item is owned by a team (a catalog Group matching platformProduct.teams.filter) and links the platform tools it concerns (the entities matching platformProduct.tools.filter).',
      cannotCreate:
        'The platform team has not put anything on it yet. Items are added by maintainers: the groups and users listed in platformProduct.maintainers.',
    },
    noMatch: {
      title: 'No roadmap items found',
      description: 'Nothing on the roadmap matches these filters.',
      clear: 'Clear filters',
    },
    shipped: {
      title: 'Nothing shipped yet',
      description:
        'Items the platform team ships appear here, with their changelog entries. A maintainer ships an item with “Ship…” on its page.',
    },
    killed: {
      title: 'Nothing killed',
      description:
        'Items the platform team decides not to do appear here, with the reason why. A maintainer kills an item with “Kill…” on its page.',
    },
  },
  list: {
    /** Pagination when counting stopped: `{from}`, `{to}` and `{count}` are the table's placeholders. */
    moreThanTotal: '{from}-{to} of more than {count}',
  },
  board: {
    emptyLane: 'Nothing in this lane.',
    topOnly: 'The top {{shown}} by RICE score; the List view has them all.',
    ownedBy: 'Owned by {{owner}}',
    moved: 'Moved “{{title}}” to {{lane}}',
    reloaded:
      'The board has been reloaded: it shows where each item is now. Move the card again if you still want to.',
  },
  timeline: {
    description:
      'The active items by quarter, read-only: Now is this quarter, Next the next one, Later any quarter after that; Exploring is not scheduled.',
    period: '{{period}} · {{lane}}',
    quarter: 'Q{{quarter}} {{year}}',
    from: 'From {{quarter}}',
    unscheduled: 'Not scheduled',
  },
  vote: {
    label: 'Vote',
    votedLabel: 'Voted',
    ariaLabel: 'Vote ({{votes}})',
    votedAriaLabel: 'Voted ({{votes}}): remove your vote',
    remove: 'You voted for this item. Select to remove your vote.',
    failed: 'Could not save your vote: {{error}}',
  },
  move: {
    label: 'Move to…',
  },
  filters: {
    allLanes: 'All lanes',
    tool: 'Tool',
    allTools: 'All tools',
    allOwners: 'All owners',
    anyTeam: 'Any team',
    sort: 'Sort by',
    sorts: {
      rice: 'Highest RICE score',
      votes: 'Most votes',
      newest: 'Newest',
      updated: 'Recently changed',
    },
  },
  item: {
    back: 'Back to the roadmap',
    notFoundTitle: 'No such roadmap item',
    notFoundDescription: 'There is no roadmap item with id {{id}}.',
    outcomeSaved: 'Outcome saved',
    deleted: 'Deleted “{{title}}”',
  },
  evidence: {
    title: 'Demand',
    subheader: 'The evidence behind this item and who asked',
    people_one: '{{count}} person behind the evidence',
    people_other: '{{count}} people behind the evidence',
    anonymous_one: 'including {{count}} anonymous contribution',
    anonymous_other: 'including {{count}} anonymous contributions',
    feedback: 'Linked feedback',
    noFeedback: 'No feedback linked yet.',
    votes_one: '{{count}} +1',
    votes_other: '{{count}} +1s',
    anonymousAuthor: 'anonymous',
    evidenceTeams: 'Teams behind the evidence',
    voterTeams: 'Voters’ teams',
    requestingTeams: 'Requesting teams',
    noTeams: 'None yet',
    teamPeople: '{{team}} ({{people}})',
    smallTeam: '{{team}} (fewer than {{min}})',
    add: 'Add evidence',
    remove: 'Remove “{{title}}” from the evidence',
    removed: 'Evidence removed',
    added: 'Evidence added',
    addTitle: 'Add evidence to “{{title}}”',
    feedbackLabel: 'Feedback item',
    link: 'Link',
    sourceKind: 'Kind of evidence',
    sourceKinds: {
      feedback: 'Feedback item',
      research: 'Research note or quote',
    },
    research: 'Linked research',
    noResearch: 'No research linked yet.',
    researchHidden: 'Research note (readable by maintainers)',
    researchQuote: '“{{quote}}”, from {{title}}',
    failed: 'Could not read the evidence: {{error}}',
  },
  suggestion: {
    title: 'Suggestions',
    reach: 'Suggested reach: {{reach}} people per quarter (stored: {{stored}})',
    confidence: 'Suggested confidence: {{confidence}} (stored: {{stored}})',
    rules: {
      'little-evidence':
        '50 %: evidence of fewer than two kinds or from fewer than three teams.',
      'two-kinds-three-teams':
        '80 %: two kinds of evidence from three teams or more.',
      'validated-assumption':
        '100 %: two kinds of evidence from three teams or more, and linked research validated an assumption.',
      usage:
        '100 %: two kinds of evidence from three teams or more, and those teams use the item’s tools.',
    },
    matches: 'Reach and confidence match the suggestions.',
    update: 'Update to the suggestions',
    updated: 'Reach and confidence updated',
  },
  priorities: {
    title: 'Priorities',
    description:
      'Active items of Now, Next and Later: RICE rank against vote rank, and the evidence behind each.',
    truncated: 'Only the first {{number}} items of each lane are shown.',
    empty: 'No active items in Now, Next or Later.',
    columns: {
      title: 'Item',
      lane: 'Lane',
      rice: 'RICE',
      votes: 'Votes',
      people: 'People',
      teams: 'Teams',
      kinds: 'Kinds',
      riceRank: 'RICE rank',
      voteRank: 'Vote rank',
      gap: 'Rank gap',
    },
    gapHelp:
      'RICE rank minus vote rank: positive when people want it more than its score says.',
  },
  summary: {
    subheader: 'Roadmap item #{{id}}',
    killedOn: 'Killed: {{reason}} ({{date}})',
    noTools: 'None linked',
    noTeams: 'No team yet',
    noDescription: 'No description.',
  },
  history: {
    title: 'History',
    created: '{{actor}} created it in {{lane}}',
    moved: '{{actor}} moved it from {{from}} to {{to}}',
    shipped: '{{actor}} shipped it',
    killed: '{{actor}} killed it',
    unknownLane: '?',
  },
  manage: {
    title: 'Manage',
    edit: 'Edit',
    ship: 'Ship…',
    kill: 'Kill…',
    delete: 'Delete…',
    movedTo: 'Moved to {{lane}}',
    saved: 'Saved',
    shipped: 'Shipped',
    killed: 'Killed',
    deleteTitle: 'Delete “{{title}}”?',
    deleteNote:
      'The item, its votes, success criteria and history are deleted for good. To keep a record of why it was dropped, kill it instead.',
  },
  kill: {
    title: 'Kill “{{title}}”',
    submit: 'Kill item',
    reason: 'Reason',
    reasonRequired: 'A reason is required',
    reasonHelp: 'Everyone who voted for it is told, with this reason.',
  },
  picker: {
    detail: '{{lane}} · {{votes}} votes',
  },
  ship: {
    title: 'Ship “{{title}}”',
    submit: 'Ship',
    entries: 'Changelog entries',
    entriesHelp:
      'Optional: search the entries that announce it by title, drafts included. Voters are told it shipped.',
  },
  editor: {
    editTitle: 'Edit roadmap item',
    newTitle: 'New roadmap item',
    save: 'Save item',
    create: 'Create item',
    loadFailed: 'Could not load the teams, tools and impact map: {{error}}',
    description: 'Description',
    markdown: 'Markdown',
    loadingTeams: 'Loading teams…',
    loading: 'Loading…',
    noOptions: 'No options',
    requesters: 'Requesting teams',
    requestersHelp: 'The teams that asked for it',
    earlyAccess: 'Early access for champions',
    impact: 'Impact map',
    impactHelp: 'The impact of the impact map this item delivers, if any',
  },
  /** Errors of the item editor's fields, by the code `validate` returns. */
  validation: {
    titleMissing: 'Give the item a title',
    ownerMissing: 'Choose the owning team',
    reachInvalid: 'A whole number of people, 0 or more',
    effortInvalid: 'More than 0 and at most 1,000 person-months',
    metricMissing: 'Say what to measure',
    targetMissing: 'Say what counts as success',
    dateMissing: 'Choose a date',
    dateOutOfRange: 'Choose a date between 1970 and 9999',
    datePast: 'Choose a review date that is not in the past',
  },
  criteria: {
    title: 'Success criteria',
    prompt:
      'How will you know it worked? Add a metric, a target and a date to review it.',
    criterion: 'Criterion {{number}}',
    remove: 'Remove criterion {{number}}',
    add: 'Add criterion',
    metric: 'Metric',
    target: 'Target',
    reviewDate: 'Review date',
    outcome: 'Outcome',
    actions: 'Actions',
    setOutcome: 'Set outcome',
    setOutcomeOf: 'Set outcome of “{{metric}}”',
    none: 'No success criteria yet.',
    noneCanEdit: 'No success criteria yet. Add them with “Edit”.',
  },
  outcome: {
    title: 'Outcome of “{{metric}}”',
    submit: 'Save outcome',
    question: 'Target: {{target}}. Was it met?',
    note: 'Note (optional)',
    noteHelp: 'What was measured, e.g. “p50 build time 4 min 10 s”',
  },
  reviewsDue: {
    failed: 'Could not load the success criteria to review: {{error}}',
    title: 'Success criteria to review',
    subheader:
      'Their review date has passed: did these items do what they were meant to?',
    criterion: '{{metric}}: {{target}} — review due {{date}}',
  },
  entityCard: {
    title: 'Roadmap',
    subheader:
      'What the platform team plans for this tool, highest RICE score first',
    deepLink: 'See the roadmap of this tool',
    empty: 'Nothing on the roadmap for this tool yet.',
    emptyHelp:
      'An item shows here while it is active and links this tool; maintainers link tools in the item’s editor.',
  },
  impactMap: {
    intro:
      'Goal → actor → impact → roadmap items. Link an item to an impact in its editor.',
    addGoal: 'Add goal',
    addActor: 'Add actor',
    addImpact: 'Add impact',
    emptyTitle: 'No impact map yet',
    emptyDescription:
      'An impact map links the roadmap to why it exists: a goal, the actors (teams or personas) who can help reach it, the impacts wanted from them, and the roadmap items that deliver those impacts.',
    goalAdded: 'Goal added',
    actorAdded: 'Actor added',
    impactAdded: 'Impact added',
    deleteTitle: {
      goal: 'Delete goal “{{name}}”?',
      actor: 'Delete actor “{{name}}”?',
      impact: 'Delete impact “{{name}}”?',
    },
    deleted: {
      goal: 'Deleted goal “{{name}}”',
      actor: 'Deleted actor “{{name}}”',
      impact: 'Deleted impact “{{name}}”',
    },
    deleteNotes: {
      goal: 'Its actors and impacts are deleted too.',
      actor: 'Its impacts are deleted too.',
      impact: 'Items that deliver it stay on the roadmap, unlinked.',
    },
    goalCard: {
      addActorTo: 'Add actor to “{{goal}}”',
      deleteGoal: 'Delete goal “{{goal}}”',
      actorsOf: 'Actors of “{{goal}}”',
      noActors: 'No actors yet: who can help or hinder this goal?',
      persona: 'Persona: {{persona}}',
      addImpactFor: 'Add impact for {{name}}',
      deleteActor: 'Delete actor {{name}}',
      impactsOf: 'Impacts of {{name}}',
      deleteImpact: 'Delete impact “{{impact}}”',
      itemsFor: 'Roadmap items for “{{impact}}”',
    },
    goalDialog: {
      title: 'Add a goal',
      goal: 'Goal',
      goalHelp:
        'Why: the outcome you want, e.g. “Halve the time to first deploy”',
      description: 'Description (optional)',
    },
    actorDialog: {
      title: 'Add an actor to “{{goal}}”',
      question: 'Who can help or hinder the goal?',
      team: 'A team',
      persona: 'A persona',
      teamLabel: 'Team',
      personaLabel: 'Persona',
      personaHelp: 'e.g. “New joiners” or “Data scientists”',
    },
    impactDialog: {
      title: 'Add an impact for {{name}}',
      impact: 'Impact',
      help: 'How their behaviour should change, e.g. “Deploy without a ticket”',
    },
  },
} as const;
