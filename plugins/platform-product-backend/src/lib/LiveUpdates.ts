import { LoggerService } from '@backstage/backend-plugin-api';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  PlatformProductSignal,
  platformProductSignalChannels,
  PlatformProductSignalArea,
} from 'backstage-plugin-platform-product-common';

/**
 * Tells every open page that something in an area changed, through Backstage signals (one
 * channel per area, broadcast to everyone): the board, the inbox and the survey counts reload
 * it. Like {@link DomainEvents}, services call it after their write committed, and a failed
 * signal is logged, never thrown. Without the signals backend, signals reach nobody and
 * writes are unaffected (see docs/architecture.md#live-updates).
 */
export class LiveUpdates {
  constructor(
    private readonly options: {
      signals: Pick<SignalsService, 'publish'>;
      logger: LoggerService;
    },
  ) {}

  async changed<A extends PlatformProductSignalArea>(
    area: A,
    kind: PlatformProductSignal<A>['kind'],
    id: number,
  ): Promise<void> {
    const channel = platformProductSignalChannels[area];
    try {
      await this.options.signals.publish<PlatformProductSignal<A>>({
        recipients: { type: 'broadcast' },
        channel,
        message: { kind, id },
      });
    } catch (error) {
      this.options.logger.warn(
        `Could not signal ${kind} ${id} on ${channel}: ${error}`,
      );
    }
  }
}
