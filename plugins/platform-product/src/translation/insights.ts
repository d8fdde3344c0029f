/** English messages of the insights area; keys are `insights.<key>` in `t()`. */
export const insightsMessages = {} as const;
