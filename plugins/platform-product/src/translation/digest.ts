/** English messages of the weekly digest; keys are `digest.<key>` in `t()`. */
export const digestMessages = {
  toggle: {
    label: 'Weekly digest',
    help: 'Once a week, a summary of what changed in the tools your teams use, roadmap items you voted for, open surveys and your teams’ new champions, through your notifications (and e-mail or Slack, if your company delivers them there). You can also mute the “platform-product-digest” topic in your notification settings.',
    error: 'Could not load or save your digest setting: {{error}}',
  },
  preview: {
    button: 'Preview digest',
    title: 'Preview a weekly digest',
    person: 'Person',
    personHelp: 'Whose coming digest to show, as it stands now.',
    close: 'Close',
    period: 'Week of {{week}} · covers {{from}} to {{to}}',
    empty: 'Nothing to say yet: this person would get no digest.',
    surveysNote:
      'Open surveys that ask this person. The digest lists only those they have not answered; whether they answered is not shown here.',
    changes: 'What changed in the tools their teams use',
    roadmap: 'Roadmap items they voted for',
    surveys: 'Surveys',
    champions: 'New champions of their teams',
    tools: 'Tools: {{tools}}',
    moved: 'moved from {{from}} to {{to}}',
    shipped: 'shipped',
    killed: 'will not be done',
    closes: 'closes {{date}}',
    championOf: 'champion of {{team}}',
  },
} as const;
