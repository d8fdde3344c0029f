/** English messages of the champions area; keys are `champions.<key>` in `t()`. */
export const championsMessages = {} as const;
