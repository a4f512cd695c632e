import { request } from 'node:http';
import { expect, test } from './fixtures/harnessTest';

interface RpcAnswer {
  status: number;
  body: { ok: boolean; error?: { code: string; message: string } };
}

/** A raw call to the harness, so a test can leave out the token or forge the Host header. */
function rpc(harnessUrl: string, { token, host, body }: { token?: string; host?: string; body: string }): Promise<RpcAnswer> {
  const { port } = new URL(harnessUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/rpc/articles:list',
        headers: {
          host: host ?? `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'x-news-archive-rpc': '1',
          ...(token ? { 'x-news-archive-token': token } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

test('the CSP blocks a script injected into the app page', async ({ libraryPage, page }) => {
  await libraryPage.open();
  await expect(libraryPage.welcome).toBeVisible();
  await expect(page.addScriptTag({ content: 'document.documentElement.dataset.injected = "ran"' })).rejects.toThrow(
    /violates the following Content Security Policy directive 'script-src 'self''/,
  );
  expect(await page.locator('html').getAttribute('data-injected')).toBeNull();
});

test('the RPC endpoint refuses calls without the token, from another Host, or with bad input', async ({ harness }) => {
  const noToken = await rpc(harness.url, { body: '{"input":{}}' });
  expect(noToken.status).toBe(401);
  expect(noToken.body).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });

  const rebound = await rpc(harness.url, { token: harness.token, host: 'attacker.example', body: '{"input":{}}' });
  expect(rebound.status).toBe(421);
  expect(rebound.body.ok).toBe(false);

  const badInput = await rpc(harness.url, { token: harness.token, body: '{"input":{"view":"everything"}}' });
  expect(badInput.status).toBe(200);
  expect(badInput.body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(badInput.body.error?.message).toContain('Invalid request to articles:list');

  const fine = await rpc(harness.url, { token: harness.token, body: '{"input":{}}' });
  expect(fine.body).toMatchObject({ ok: true });
});
