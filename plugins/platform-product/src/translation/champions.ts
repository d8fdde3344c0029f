/** English messages of the champions area; keys are `champions.<key>` in `t()`. */
export const championsMessages = {
  title: 'Champions',
  seeAll: 'See all champions',
  nominateSomeone: 'Nominate someone',
  since: 'Since {{date}}',
  reasonRequired: 'A reason is required',
  fields: {
    champion: 'Champion',
    team: 'Team',
    since: 'Since',
    until: 'Until',
    reason: 'Reason',
    focusAreas: 'Focus areas',
    actions: 'Actions',
  },
  tab: {
    description:
      'The developers who advocate the platform in their teams, and which teams still need one.',
  },
  coverage: {
    title: 'Coverage',
    subheader: 'Teams with at least one active champion',
    figure: '{{covered}} of {{eligible}} teams have a champion ({{percent}})',
    target: 'target: {{min}}–{{max}} per team',
    targetExact: 'target: {{min}} per team',
    byDepartment: 'By department',
    noDepartments:
      'None of the teams has a parent group in the catalog: departments are the teams’ parent groups.',
    uncovered: 'Teams without a champion ({{total}})',
    allCovered: 'Every team has a champion.',
    below: 'Teams below target ({{total}})',
    above: 'Teams above target ({{total}})',
    champions_one: '{{count}} champion',
    champions_other: '{{count}} champions',
    noTeams: {
      title: 'No teams found',
      description:
        'Coverage counts the teams of the catalog: the Group entities that match platformProduct.teams.filter (by default, groups with spec.type: team). Add such groups to the catalog, or set the filter to match your teams.',
    },
  },
  history: {
    title: 'Coverage over time',
    subheader: 'Share of teams with a champion, last {{days}} days',
    summary:
      'Coverage over the last {{days}} days: from {{from}} on {{fromDay}} to {{to}} on {{toDay}}',
    empty: {
      title: 'The chart shows once coverage has been recorded on two days.',
      description:
        'A scheduled task of the backend records the day’s coverage once a day, so the chart starts on the second day after installing.',
    },
  },
  roster: {
    subheader: 'Who champions the platform in which team',
    active: 'Active champions',
    alumni: 'Alumni',
    alumniCount: 'Alumni ({{total}})',
    stepDown: 'Step down',
    stepDownTitle: 'Step down?',
    steppedDown: 'You stepped down',
    stepDownText:
      'You stop championing {{team}} and join the alumni. Your kudos and activities stay.',
    moveToAlumni: 'Move to alumni',
    moveToAlumniTitle: 'Move to alumni?',
    movedToAlumni: 'Moved to the alumni',
    moveToAlumniText:
      '{{champion}} stops championing {{team}} and joins the alumni. Their kudos and activities stay.',
    empty: {
      title: 'No active champions yet.',
      description:
        'A developer becomes a champion when they are nominated for a team they belong to and a maintainer (platformProduct.maintainers) approves the nomination.',
    },
  },
  nominate: {
    title: 'Nominate a champion',
    submit: 'Nominate',
    sent: 'Nomination sent',
    loadError: 'Could not load the teams: {{error}}',
    loadingTeams: 'Loading teams…',
    chooseTeam: 'Choose a team',
    teamHelp: 'The team they will champion',
    person: 'Person',
    personHelp:
      'Yourself by default, or search the catalog by name. They must be a member of the team.',
    yourself: 'You ({{ref}})',
    reasonHelp: 'Why they would make a good champion · {{length}}/{{max}}',
    teamRequired: 'A team is required',
    personRequired: 'A person is required',
    personInvalid: 'Must be a user, e.g. user:default/jane.doe',
    reasonTooLong: 'At most 2,000 characters',
    noTeams:
      'No teams found: teams are the catalog Group entities that match platformProduct.teams.filter (by default, groups with spec.type: team).',
  },
  teamOptions: {
    yours: 'Your teams',
    others: 'Other teams',
    all: 'All teams',
  },
  focusAreas: {
    full: 'At most {{max}} focus areas',
    help: 'Optional: press Enter after each, e.g. CI, observability (up to {{max}})',
  },
  nominations: {
    openTitle: 'Open nominations',
    openSubheader: 'Approve to make the nominee a champion of the team',
    yoursTitle: 'Your nominations',
    yoursSubheader: 'Nominations you made or received',
    nominee: 'Nominee',
    nominated: 'Nominated',
    nominatedBy: 'by {{nominator}}, {{time}}',
    status: 'Status',
    statuses: {
      open: 'Open',
      approved: 'Approved',
      declined: 'Declined',
    },
    approve: 'Approve',
    approveTitle: 'Approve nomination',
    approveText:
      '{{nominee}} becomes a champion of {{team}} and gets early access. Why: {{reason}}',
    approved: 'Nomination approved',
    decline: 'Decline',
    declineTitle: 'Decline nomination',
    declineHelp: 'The nominee and whoever nominated them read it.',
    declined: 'Nomination declined',
    noneOpen: {
      title: 'No open nominations.',
      description:
        'Developers nominate themselves or a teammate with “Nominate a champion” or from a team without a champion; the nominations waiting for your decision show here.',
    },
    noneYours: {
      title: 'You have not nominated anyone, nor been nominated, yet.',
      description:
        'Nominate yourself or a teammate with “Nominate a champion”, or from a team without a champion: a maintainer then approves or declines.',
    },
  },
  kudos: {
    title: 'Kudos',
    subheader: 'Thanks to champions, newest first',
    give: 'Give kudos',
    send: 'Send kudos',
    sent: 'Kudos sent',
    loadError: 'Could not load the champions: {{error}}',
    loadingChampions: 'Loading champions…',
    chooseChampion: 'Choose a champion',
    nobodyToThank: 'There is nobody else to thank yet.',
    message: 'Message',
    recent: 'Recent kudos',
    empty: {
      title: 'No kudos yet. Thank a champion for their help!',
      description:
        'Anyone may thank an active champion with “Give kudos”, here or on the champion’s profile. Without active champions, there is nobody to thank yet.',
    },
  },
  activity: {
    title: 'Activity',
    subheader: 'What champions did in the last 90 days',
    log: 'Log activity',
    logged: 'Activity logged',
    byType: 'By type',
    byChampion: 'By champion',
    type: 'Activity',
    date: 'Date',
    note: 'Note',
    noteHelp: 'Optional · {{length}}/{{max}}',
    types: {
      demo: 'Demo',
      'office-hours': 'Office hours',
      onboarding: 'Onboarding help',
      feedback: 'Feedback gathered',
      'design-review': 'Design review',
    },
    empty: {
      title: 'No activities logged in the last 90 days.',
      description:
        'Active champions log their demos, office hours, onboarding help, feedback gathered and design reviews with “Log activity” on this card.',
    },
  },
  profile: {
    title: 'Platform champion',
    summary_one: '{{kudos}} kudos · {{count}} activity logged',
    summary_other: '{{kudos}} kudos · {{count}} activities logged',
    championships: 'Championships',
    alumni: 'Alumni · {{since}}',
    alumniEnded: 'Alumni · {{since}} – {{until}}',
  },
  teamCard: {
    title: 'Platform champions',
    subheader: 'Who advocates the platform in this team',
    list: 'Champions of this team',
    more: 'and {{more}} more: see all champions',
    none: 'This team has no champion — nominate someone',
    noneHelp:
      'A member of the team nominates themselves or a teammate; a platform maintainer approves the nomination.',
  },
} as const;
