/** English messages of the surveys area; keys are `surveys.<key>` in `t()`. */
export const surveysMessages = {} as const;
