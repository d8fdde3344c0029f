/** English messages shared by every area; keys are `common.<key>` in `t()`. */
export const commonMessages = {
  docsLink: 'Read the docs',
  loadMore: 'Load more',
  pasteCut:
    'The pasted text was cut to the maximum of {{max}} characters: the last {{cut}} are missing.',
  picker: {
    placeholder: 'Type to search by title or name',
    loading: 'Searching…',
    noMatch: 'Nothing matches',
    error: 'Could not search: {{error}}',
    open: 'Show matches',
    close: 'Hide matches',
    clear: 'Clear',
  },
  hiddenFigures: {
    hidden: 'hidden',
    note: 'Figures about fewer than {{minGroupSize}} people are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer than {{minGroupSize}} anonymous ratings or answers among named ones.',
    noteWithoutSize:
      'Figures about fewer people than the minimum group size are hidden, and so is any figure that would let a hidden one be worked out, such as one with some but fewer anonymous ratings or answers than the minimum among named ones.',
  },
} as const;
