import {
  coreServices,
  createServiceFactory,
  SchedulerService,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

type Task = SchedulerServiceTaskInvocationDefinition &
  SchedulerServiceTaskScheduleDefinition;

/**
 * A scheduler for tests that, like `mockServices.scheduler`, runs the tasks without an initial
 * delay once at start-up, and otherwise runs a task when the test says so: `run(id)` (e.g. the
 * usage rollup after sending events).
 */
export function testScheduler() {
  const tasks = new Map<string, Task>();
  const run = async (id: string) => {
    const task = tasks.get(id);
    if (!task) throw new Error(`No task ${id} was scheduled`);
    await task.fn(new AbortController().signal);
  };
  const scheduler: SchedulerService = {
    scheduleTask: async task => {
      tasks.set(task.id, task);
    },
    triggerTask: run,
    cancelTask: async () => {},
    getScheduledTasks: async () =>
      [...tasks.keys()].map(id => ({
        id,
        scope: 'global' as const,
        settings: { version: 1 },
      })),
    createScheduledTaskRunner: schedule => ({
      run: task => scheduler.scheduleTask({ ...task, ...schedule }),
    }),
  };
  const factory = createServiceFactory({
    service: coreServices.scheduler,
    deps: { lifecycle: coreServices.lifecycle },
    factory: ({ lifecycle }) => {
      lifecycle.addStartupHook(async () => {
        const atStart = [...tasks.values()].filter(
          task =>
            !task.initialDelay &&
            !(
              'trigger' in task.frequency && task.frequency.trigger === 'manual'
            ),
        );
        await Promise.all(atStart.map(task => run(task.id)));
      });
      return scheduler;
    },
  });
  return { factory, run };
}
