/** English messages of the feedback area; keys are `feedback.<key>` in `t()`. */
export const feedbackMessages = {} as const;
