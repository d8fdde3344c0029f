/** English messages of the changelog area; keys are `changelog.<key>` in `t()`. */
export const changelogMessages = {} as const;
