import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The Platform Product changelog collator. */
      platformProductChangelog?: {
        /**
         * When to index published changelog entries. Default: every 10 minutes, with a 5 minute
         * timeout and a 30 second initial delay.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
      /** The Platform Product research notes collator. */
      platformProductResearch?: {
        /**
         * When to index research notes. Default: every 10 minutes, with a 5 minute timeout and
         * a 30 second initial delay.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
