import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';

/** What a person is told, under a topic they can mute. */
export interface Notice {
  topic: string;
  title: string;
  description: string;
  link: string;
}

/**
 * Sends one notification to `people`, each once and never to the person acting. A failed send
 * is logged, not thrown: the action being reported has happened and must not fail because of it.
 */
export async function notifyPeople(
  services: { notifications: NotificationService; logger: LoggerService },
  people: Iterable<string>,
  notice: Notice,
  actorRef?: string,
): Promise<void> {
  const recipients = [...new Set(people)].filter(ref => ref !== actorRef);
  if (!recipients.length) {
    return;
  }
  try {
    await services.notifications.send({
      recipients: { type: 'entity', entityRef: recipients },
      payload: { ...notice, severity: 'normal' },
    });
  } catch (error) {
    services.logger.warn(
      `Could not send ${notice.topic} to ${recipients.length} people: ${error}`,
    );
  }
}
