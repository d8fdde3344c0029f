/** English messages of the feedback area; keys are `feedback.<key>` in `t()`. */
export const feedbackMessages = {
  tool: 'Tool',
  title: 'Title',
  status: 'Status',
  cancel: 'Cancel',
  markdownSupported: 'Markdown supported',
  sendFeedback: 'Send feedback',
  statuses: {
    new: 'New',
    acknowledged: 'Acknowledged',
    planned: 'Planned',
    shipped: 'Shipped',
    declined: 'Declined',
    merged: 'Merged',
  },
  kinds: {
    feedback: 'Feedback',
    idea: 'Idea',
  },
  inbox: {
    title: 'Feedback and ideas',
    columns: {
      kind: 'Kind',
      votes: '+1s',
      assignee: 'Assignee',
      tags: 'Tags',
      age: 'Age',
    },
    moreThanTotal: '{from}-{to} of more than {count}',
    empty: {
      title: 'No open feedback',
      description:
        'Nobody has an open piece of feedback or idea here yet. Tell the platform team what works, what does not and what you miss.',
    },
    noMatch: {
      title: 'No feedback matches these filters',
      description:
        'Try another tool, status or age, or clear the filters to see all open feedback.',
      mineDescription:
        '“Only mine” lists what you sent under your name: anonymous items are never listed there.',
      clear: 'Clear filters',
    },
    noTools: {
      title: 'No platform tools yet',
      description:
        'Feedback is always about a platform tool, and the catalog has none for you: tools are the catalog entities matching platformProduct.tools.filter (by default, components, systems and APIs tagged platform-tool).',
    },
  },
  filters: {
    allTools: 'All tools',
    statuses: {
      open: 'Open',
      all: 'All but merged',
    },
    age: 'Age',
    ages: {
      any: 'Any age',
      last7: 'Last 7 days',
      last30: 'Last 30 days',
      older30: 'Older than 30 days',
    },
    sort: 'Sort by',
    sorts: {
      votes: 'Most +1s',
      newest: 'Newest',
      oldest: 'Oldest',
    },
    assignee: 'Assigned to',
    assignees: {
      anyone: 'Anyone',
      nobody: 'Nobody',
      me: 'Me',
    },
    tag: 'Tag',
    mine: 'Only mine',
    mineHelp:
      'Items you sent under your name (anonymous ones are never listed)',
  },
  bulk: {
    label: 'Change the status of the selected items',
    selected: '{{number}} selected',
    status: 'New status',
    reason: 'Why (told to the authors)',
    apply: 'Apply to selected',
    moved: '{{number}} moved to {{status}}.',
    skipped:
      'Not changed, because someone changed or removed them meanwhile: {{titles}}.',
  },
  evidence: {
    title: 'Evidence for the roadmap',
    none: 'Not linked to a roadmap item as evidence yet.',
    pick: 'Roadmap item it supports',
    link: 'Link to roadmap item',
    linked: 'Linked as evidence to “{{title}}”',
  },
  assignment: {
    title: 'Assignment and tags',
    assignee: 'Assignee',
    assigneeHelp: 'The maintainer who looks after this item',
    tags: 'Tags',
    tagsHelp: 'Up to {{max}} short tags, lower-case; press Enter after each',
  },
  item: {
    subheader: '{{kind}} #{{id}}',
    byline: 'About {{tool}}, sent {{time}} by {{author}}',
    anonymous: 'Anonymous',
    someone: 'A developer',
    you: '{{author}} (you)',
    noDetails: 'No details given.',
    declined: 'Declined: {{reason}}',
    roadmapItem: 'Roadmap: {{title}}',
    changelogEntry: 'Changelog: {{title}}',
    mergedInto: 'Merged into “{{title}}”',
    /** What stands for a linked item's title when that item was deleted. */
    deleted: 'a deleted item (#{{id}})',
    back: 'Back to the inbox',
    notFoundTitle: 'No such feedback',
    notFoundDescription: 'There is no feedback with id {{id}}.',
  },
  vote: {
    label: '+1 ({{votes}})',
    error: 'Could not save your +1: {{error}}',
  },
  thread: {
    title: 'Thread',
    empty: 'No replies or status changes yet.',
    loadMore: 'Load more',
    anonymousAuthor: 'Anonymous author',
    author: 'Author',
    movedTo: 'moved this to {{status}}',
    mergedInto: 'merged this into {{item}}',
    mergedFrom: 'merged {{item}} into this item',
    replied: 'replied',
  },
  reply: {
    label: 'Reply',
    helpAuthor: 'Markdown supported. You reply as the author.',
    helpAnonymousAuthor:
      'Markdown supported. You reply as the author, anonymously.',
    send: 'Send reply',
  },
  send: {
    toolsError: 'Could not load tools: {{error}}',
    loadingTools: 'Loading tools…',
    chooseTool: 'Choose a tool',
    noTools:
      'No platform tools to choose from: tools are the catalog entities matching platformProduct.tools.filter',
    kind: 'Kind',
    details: 'Details',
    anonymous: 'Send anonymously',
    anonymousHelp:
      'The platform team will not see who sent it. It will not appear under “Only mine” and you will not be notified of changes: bookmark it in the inbox to follow it.',
    submit: 'Send',
    sent: 'Thanks — your feedback was sent',
    toolRequired: 'A tool is required',
    titleRequired: 'Title is required',
  },
  triage: {
    title: 'Triage',
    actions: {
      acknowledged: 'Acknowledge',
      planned: 'Plan…',
      shipped: 'Mark shipped…',
      declined: 'Decline…',
    },
    merge: 'Merge into…',
    mergedClosed: 'Merged items are closed; triage the original instead.',
    movedTo: 'Moved to {{status}}',
    changedMeanwhile:
      'Someone else changed this item meanwhile: it is {{status}} now. What you typed is kept: check the item, then submit again or cancel.',
  },
  similar: {
    heading: 'Similar feedback already sent: +1 it instead?',
    detail: '{{status}} · {{votes}} +1s',
  },
  statusDialog: {
    planned: {
      title: 'Plan this feedback',
      label: 'Roadmap item',
      help: 'Optional: search the roadmap item that delivers it by its title.',
      confirm: 'Move to planned',
    },
    shipped: {
      title: 'Mark as shipped',
      label: 'Changelog entry',
      help: 'Optional: search the published changelog entry that announces it by its title.',
      confirm: 'Mark shipped',
    },
    declined: {
      title: 'Decline this feedback',
      label: 'Reason',
      help: 'Required. The author and everyone who +1’d it will read it.',
      confirm: 'Decline',
    },
    errors: {
      reasonRequired: 'A reason is required',
    },
  },
  mergeDialog: {
    title: 'Merge “{{title}}” into another item',
    description:
      'Use this when “{{title}}” duplicates an earlier item. Its +1s move to the original, it is closed as merged, and the people who +1’d it are told. This cannot be undone.',
    field: 'Original item',
    help: 'Search the tool’s feedback by title, or pick one of the similar items below.',
    pick: 'Use as original',
    pickLabel: 'Use “{{title}}” as the original',
    confirm: 'Merge',
    errors: {
      required: 'Pick the original item',
    },
  },
  ratingCard: {
    title: 'Rating',
    subheader: 'How developers rate this tool, one rating per person',
    seeFeedback: 'See feedback about this tool',
    fewer: 'Too few ratings to show yet',
    fewerDescription:
      'The average and how the ratings split show once {{minGroupSize}} people have rated, unless some but fewer than {{minGroupSize}} of them rated anonymously, so that no one’s rating can be told apart.',
    average: 'Average rating',
    ratings_one: '{{count}} rating',
    ratings_other: '{{count}} ratings',
    stars_one: '{{count}} star',
    stars_other: '{{count}} stars',
    starLabel_one: '{{count}} Star',
    starLabel_other: '{{count}} Stars',
    noStars: 'Empty',
    noSummary: 'No rating summary',
    thanks: 'Thanks for your rating',
    withdrawn: 'Rating withdrawn',
    saveError: 'Could not save: {{error}}',
    moreToSay: 'More to say, or an idea for this tool?',
    yourRating: 'Your rating',
    rateThisTool: 'Rate this tool',
    comment: 'Comment (optional)',
    anonymous:
      'Rate anonymously (nobody, maintainers included, can see it was you)',
    update: 'Update rating',
    submit: 'Submit rating',
    withdraw: 'Withdraw',
    activeUsers_one:
      '{{average}} from {{count}} person who used it lately (reported by the tool)',
    activeUsers_other:
      '{{average}} from {{count}} people who used it lately (reported by the tool)',
    invite_one:
      'You used {{title}} {{count}} time lately. How is it working for you?',
    invite_other:
      'You used {{title}} {{count}} times lately. How is it working for you?',
    notNow: 'Not now',
  },
  ratingPrompt: {
    text_one: 'You used {{title}} {{count}} time lately: how is it?',
    text_other: 'You used {{title}} {{count}} times lately: how is it?',
    rate: 'Rate it',
    dismiss: 'Not now',
    dismissTitle: 'Not now: we will not ask about it again for a while',
  },
} as const;
