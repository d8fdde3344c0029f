import { APIRequestContext, expect, test } from './fixtures';
import { tokenOf } from './signIn';

/**
 * A plain MCP client over HTTP: JSON-RPC requests POSTed to the example backend's MCP endpoint
 * (`@backstage/plugin-mcp-actions-backend`, streamable HTTP), with a person's Backstage token.
 * The endpoint answers as JSON or as a server-sent event stream; both are read.
 */
function mcpClient(request: APIRequestContext, token: string) {
  let id = 0;
  return async (method: string, params: object = {}) => {
    const response = await request.post('/api/mcp-actions/v1', {
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json, text/event-stream',
        'Content-Type': 'application/json',
      },
      data: { jsonrpc: '2.0', id: ++id, method, params },
    });
    expect(response.status()).toBe(200);
    const text = await response.text();
    const json = text.trimStart().startsWith('{')
      ? text
      : text
          .split('\n')
          .filter(line => line.startsWith('data:'))
          .map(line => line.slice(5))
          .join('');
    const message = JSON.parse(json);
    expect(message.error).toBeUndefined();
    return message.result;
  };
}

const SECRETS = 'api:default/secrets-api';

test('an AI assistant reads tool health and drafts a changelog entry through the MCP endpoint, as a maintainer', async ({
  request,
}) => {
  const sven = await tokenOf(request, 'sven.eriksen');
  const mcp = mcpClient(request, sven);
  const init = await mcp('initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'e2e-test', version: '1.0.0' },
  });
  expect(init.serverInfo.name).toBeTruthy();

  const { tools } = await mcp('tools/list');
  const names: string[] = tools.map((t: { name: string }) => t.name);
  for (const action of [
    'get-roadmap',
    'get-roadmap-item',
    'get-tool-health',
    'list-tool-changes',
    'submit-tool-feedback',
    'rate-tool',
    'draft-changelog-entry',
  ]) {
    expect(names.some(name => name.endsWith(action))).toBe(true);
  }
  const tool = (action: string) => names.find(name => name.endsWith(action))!;
  const call = async (action: string, args: object) => {
    const result = await mcp('tools/call', {
      name: tool(action),
      arguments: args,
    });
    expect(result.isError).toBeFalsy();
    return JSON.parse(result.content[0].text);
  };

  const health = await call('get-tool-health', { toolRef: SECRETS });
  // Billing, Checkout, Fraud Detection, Payments Core and Security consume the secrets API.
  expect(health).toMatchObject({
    toolRef: SECRETS,
    adoption: { adoptingTeams: 5 },
  });

  const title = `Drafted by an assistant ${Date.now()}`;
  const draft = await call('draft-changelog-entry', {
    title,
    category: 'improved',
    toolRefs: [SECRETS],
  });
  expect(draft.status).toBe('draft');
  const entry = await request.get(
    `/api/platform-product/changelog/${draft.id}`,
    {
      headers: { Authorization: `Bearer ${sven}` },
    },
  );
  expect(await entry.json()).toMatchObject({ title, status: 'draft' });
});

test('a developer does not see the maintainers’ actions, and their calls are checked like the HTTP API', async ({
  request,
}) => {
  const mcp = mcpClient(request, await tokenOf(request, 'alex.morgan'));
  await mcp('initialize', {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'e2e-test', version: '1.0.0' },
  });
  const names: string[] = (await mcp('tools/list')).tools.map(
    (t: { name: string }) => t.name,
  );
  expect(names.some(name => name.endsWith('get-roadmap'))).toBe(true);
  expect(names.some(name => name.endsWith('draft-changelog-entry'))).toBe(
    false,
  );
  const refused = await mcp('tools/call', {
    name: names.find(name => name.endsWith('get-roadmap-item')),
    arguments: { id: 2147483000 },
  });
  expect(refused.isError).toBe(true);
});
