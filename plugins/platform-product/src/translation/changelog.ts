/** English messages of the changelog area; keys are `changelog.<key>` in `t()`. */
export const changelogMessages = {
  title: 'Changelog',
  category: 'Category',
  categories: {
    new: 'New',
    improved: 'Improved',
    fixed: 'Fixed',
    deprecated: 'Deprecated',
    breaking: 'Breaking',
  },
  /** What a changelog entry picker says of each match. */
  picker: {
    draft: 'Draft · {{category}}',
    scheduled: 'Scheduled · {{category}}',
    published: 'Published · {{category}}',
  },
  entry: {
    categoryPrefix: 'Category:',
    unread: 'Unread',
    earlyAccess: 'Early access',
    published: 'Published {{date}}',
    scheduledFor: 'Scheduled for {{date}}',
    draft: 'Draft, not published yet',
    shipsRoadmapItem: 'Ships roadmap item #{{id}}',
    before: 'Before',
    after: 'After',
    helpful: 'Helpful ({{helpfulCount}})',
    helpfulError: 'Could not save your reaction: {{error}}',
  },
  list: {
    weekOf: 'Week of {{date}}',
    newSinceLastVisit_one: '{{count}} new since your last visit',
    newSinceLastVisit_other: '{{count}} new since your last visit',
    empty: {
      title: 'No changes yet',
      description:
        'Announcements of new, improved, fixed and retired platform features show up here once the platform maintainers (platformProduct.maintainers) publish them with “New entry”.',
    },
    noMatch: {
      title: 'No changes match these filters',
      description:
        'No published entry matches this search, tool or category. Clear the filters to see every change.',
      mineDescription:
        '“Tools my teams use” shows changes to the tools your teams adopt: the catalog groups you are a member of (platformProduct.teams.filter) adopt a tool when a component they own depends on it (dependsOn) or consumes its API (consumesApi).',
      clear: 'Clear filters',
    },
    pagination: {
      page: 'Go to page {{page}}',
      currentPage: 'page {{page}}',
      first: 'Go to first page',
      last: 'Go to last page',
      next: 'Go to next page',
      previous: 'Go to previous page',
    },
  },
  filters: {
    tool: 'Tool',
    allTools: 'All tools',
    allCategories: 'All categories',
    mine: 'Tools my teams use',
    search: 'Search',
  },
  feed: {
    link: 'Atom feed',
    howToSubscribe:
      'Subscribe in your feed reader: copy this link and add it as a new feed. It lists the 50 latest public entries (of the selected tool, if any).',
  },
  audience: {
    label: 'Who will be notified',
    confirmTitle: 'Publish “{{title}}”?',
    total: 'Publishing notifies {{number}} people, each once.',
    reasons: 'Why they are notified',
    byReason: {
      adopters: '{{number}} in teams that use the linked tools',
      voters: '{{number}} who voted for the linked roadmap items',
      champions: '{{number}} platform champions',
    },
    teams: 'Teams notified',
    team: '{{team}}: {{number}}',
    otherTeams: '{{teams}} more teams: {{number}}',
    withoutTeam: '{{number}} of them belong to no team.',
  },
  deliveries: {
    title: 'Notifications',
    sent: 'Sent',
    pending: 'Pending',
    failed: 'Failed',
    failedHelp:
      'Failed notifications are retried on the next run of the publisher (every few minutes).',
    refresh: 'Refresh',
  },
  entryPage: {
    back: 'Back to the changelog',
    notFoundTitle: 'No such changelog entry',
    notFoundDescription: 'There is no changelog entry with id {{id}}.',
    manage: 'Manage',
  },
  actions: {
    edit: 'Edit',
    publishNow: 'Publish now',
    delete: 'Delete…',
    confirmDeleteTitle: 'Delete “{{title}}”?',
    confirmDelete: 'Delete',
    confirmDeleteText:
      'The entry disappears from the changelog and its feed for good.',
    newEntry: 'New entry',
  },
  saved: {
    published: 'Published “{{title}}”',
    scheduled: 'Scheduled “{{title}}” for {{date}}',
    draft: 'Saved draft “{{title}}”',
    edited: 'Saved “{{title}}”',
    deleted: 'Deleted “{{title}}”',
  },
  editor: {
    newTitle: 'New changelog entry',
    editTitle: 'Edit changelog entry',
    submit: {
      draft: 'Save draft',
      scheduled: 'Schedule',
      published: 'Publish',
      save: 'Save',
    },
    write: 'Write',
    preview: 'Preview',
    title: 'Title',
    body: 'Body',
    markdown: 'Markdown',
    beforeHelp: 'Optional example of how it was; Markdown',
    afterHelp: 'Optional example of how it is now; Markdown',
    untitled: 'Untitled',
    errors: {
      titleRequired: 'Give the entry a title',
      titleTooLong: 'At most 200 characters',
      controlCharacters: 'Remove the tabs and other control characters',
      publishAtRequired: 'Choose when to publish it',
      publishAtPast: 'Choose a time in the future',
      dateOutOfRange: 'Choose a date between 1970 and 9999',
      dateInvalid: 'Choose a date and time',
    },
  },
  links: {
    loadError: 'Could not load the tools and roadmap items: {{error}}',
    tools: 'Tools',
    noTools:
      'No platform tools: tools are the catalog entities matching platformProduct.tools.filter',
    roadmapItems: 'Roadmap items',
    roadmapItemsHelp: 'Publishing the entry ships these items',
    noRoadmapItems: 'No active roadmap items',
    noMatch: 'No matches',
    loading: 'Loading…',
    clear: 'Clear',
    open: 'Open',
    close: 'Close',
  },
  publish: {
    status: 'Status',
    choices: {
      draft: 'Draft',
      scheduled: 'Schedule',
      published: 'Publish now',
    },
    publishAt: 'Publish at',
    publishAtHelp: 'Your local time',
    earlyAccess: 'Early access for champions',
    earlyAccessUntil: 'Early access until',
    earlyAccessUntilHelp:
      'Then everyone sees it; leave empty to keep it for champions',
  },
  drafts: {
    title: 'Drafts and scheduled',
    listLabel: 'Drafts and scheduled entries',
    edited: 'Draft, edited {{time}}',
    emptyTitle: 'No drafts or scheduled entries',
    emptyDescription:
      'Entries saved as drafts or scheduled for later wait here, visible to writers only, until they are published.',
  },
  reach: {
    title: 'Reach',
    subheader:
      'Who of the audience opened the changelog since this entry was published: counts only, never names.',
    overall: 'Overall: {{readers}}/{{audience}} read',
    team: '{{title}}: {{readers}}/{{audience}} read',
    small: '{{title}}: fewer than {{minGroupSize}} people',
    complement:
      '{{title}}: hidden, so that a smaller group cannot be worked out',
    tooSmall:
      'The audience is smaller than {{minGroupSize}} people: no figures are shown.',
    notPublished: 'Figures appear once the entry is published.',
  },
  revisions: {
    title: 'Revisions',
    created: 'created it',
    updated: 'edited it',
    published: 'published it',
    deleted: 'deleted it',
  },
  latest: {
    subheader: 'Latest changes to this tool',
    allForTool: 'All changes to this tool',
    all: 'All changes',
    emptyForTool: 'No changes announced for this tool yet',
    emptyForToolDescription:
      'Entries the platform maintainers publish in the Changelog and link to this tool show here, and reach the teams that use it.',
    empty: 'Nothing announced yet',
    emptyDescription:
      'The latest entries the platform maintainers publish in the Changelog show here.',
    whatsNew: "What's new in the platform",
  },
  search: {
    caption: 'Changelog · {{date}}',
  },
} as const;
