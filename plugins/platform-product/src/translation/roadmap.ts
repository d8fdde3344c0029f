/** English messages of the roadmap area; keys are `roadmap.<key>` in `t()`. */
export const roadmapMessages = {} as const;
