import http from 'node:http';
import { LoadResult } from './stats';

/** GETs through a real socket, as the browser would; resolves with the status and the time taken. */
export function timedGet(
  agent: http.Agent,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; ms: number }> {
  const start = performance.now();
  return new Promise(resolve => {
    const req = http.get(url, { agent, headers }, res => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - start }),
      );
    });
    req.on('error', () =>
      resolve({ status: 0, ms: performance.now() - start }),
    );
  });
}

/** POSTs a JSON body through a real socket; resolves with the status, the answer and the time. */
export function timedPost(
  agent: http.Agent,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; ms: number; body: string }> {
  const payload = JSON.stringify(body);
  const start = performance.now();
  return new Promise(resolve => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(payload)),
        },
      },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', chunk => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - start,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', () =>
      resolve({ status: 0, ms: performance.now() - start, body: '' }),
    );
    req.end(payload);
  });
}

/**
 * A bounded load run: `clients` concurrent clients, each opening the tab over and over for
 * `seconds` as a different person each time. Opening a tab fires its requests at once, as the
 * browser does; its time is until the last one answers. Answers other than 2xx are errors.
 */
export async function runLoad(options: {
  tab: string;
  paths: string[];
  baseUrl: string;
  /** The Authorization header of each simulated person, used in turn. */
  people: string[];
  clients: number;
  seconds: number;
}): Promise<LoadResult> {
  const { tab, paths, baseUrl, people, clients, seconds } = options;
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: clients * paths.length,
  });
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let opened = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      const authorization = people[opened++ % people.length];
      const start = performance.now();
      const answers = await Promise.all(
        paths.map(path =>
          timedGet(agent, `${baseUrl}${path}`, { authorization }),
        ),
      );
      latencies.push(performance.now() - start);
      errors += answers.filter(a => a.status < 200 || a.status >= 300).length;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  agent.destroy();
  return { tab, latencies, errors };
}
