import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { searchModulePlatformProductChangelog } from './module';

describe('searchModulePlatformProductChangelog', () => {
  async function start(config: object) {
    const addCollator = jest.fn();
    const scheduler = mockServices.scheduler.mock();
    await startTestBackend({
      extensionPoints: [
        [
          searchIndexRegistryExtensionPoint,
          { addCollator, addDecorator: jest.fn() },
        ],
      ],
      features: [
        searchModulePlatformProductChangelog,
        mockServices.rootConfig.factory({ data: config }),
        scheduler.factory,
      ],
    });
    expect(addCollator.mock.calls.map(call => call[0].factory.type)).toEqual([
      'platform-product-changelog',
      'platform-product-research',
    ]);
    expect(addCollator.mock.calls[1][0].factory.visibilityPermission.name).toBe(
      'platform-product.research.read',
    );
    return scheduler.createScheduledTaskRunner;
  }

  it('indexes every 10 minutes by default', async () => {
    const createRunner = await start({});
    expect(createRunner).toHaveBeenCalledTimes(2);
    expect(createRunner).toHaveBeenCalledWith({
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 30 },
    });
  });

  it('reads each collator’s schedule from config', async () => {
    const createRunner = await start({
      search: {
        collators: {
          platformProductChangelog: {
            schedule: { frequency: { hours: 1 }, timeout: { minutes: 2 } },
          },
          platformProductResearch: {
            schedule: { frequency: { hours: 6 }, timeout: { minutes: 3 } },
          },
        },
      },
    });
    expect(createRunner.mock.calls.map(call => call[0])).toEqual([
      expect.objectContaining({
        frequency: { hours: 1 },
        timeout: { minutes: 2 },
      }),
      expect.objectContaining({
        frequency: { hours: 6 },
        timeout: { minutes: 3 },
      }),
    ]);
  });

  it('refuses a schedule that is not one', async () => {
    await expect(
      start({
        search: {
          collators: {
            platformProductChangelog: {
              schedule: { frequency: 'often', timeout: { minutes: 2 } },
            },
          },
        },
      }),
    ).rejects.toThrow();
  });
});
