// End to end in real headless Chromium (Debian's, through playwright-core): first a real HTTP server
// on 127.0.0.1 with the GraphiQL handler and a fake /graphql that records what the page sends, then
// "Call as" against the whole stack (`npm start`), where only the right identity gets an answer.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql, type GraphQLSchema } from 'graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildAppSyncSchema } from '../../../schema/load-schema.ts';
import { closeBrowser, launchChromium, watchPage, type PageProblems } from '../../../test/support/browser.ts';
import { startShopProcess, type ShopProcess } from '../../../test/support/shop-process.ts';
import { createGraphiqlHandler, DEFAULT_QUERY, PAGE_TITLE } from './index.ts';

const API_KEY = 'da2-graphiqltestkey000000001';
const FAKE_USERS = [{ email: 'shopper@example.com', password: 'not-used-by-the-fake', groups: [] }];
/** The users outputs() hands the page; a test swaps them. */
let currentUsers = FAKE_USERS;
const FIXTURE_PRODUCT = 'Fixture Sencha from the fake endpoint';

interface RecordedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  body: { query?: string; variables?: unknown; operationName?: string };
}

/**
 * The fake API: the real schema (so GraphiQL's introspection, validation and autocompletion see
 * what AppSync would serve) and a fixed answer for the catalog. Records every request.
 */
function startServer(schema: GraphQLSchema): Promise<{ server: Server; origin: string; requests: RecordedRequest[] }> {
  const requests: RecordedRequest[] = [];
  const rootValue = {
    categories: () => [{ id: 'cat-fixture-1', name: 'Fixture teas' }],
    listProducts: () => ({
      items: [{ id: 'prod-fixture-1', name: FIXTURE_PRODUCT, priceFrom: { amount: 1250, currency: 'USD' } }],
      nextToken: null,
    }),
  };
  const graphiql = createGraphiqlHandler({
    graphqlPath: '/graphql',
    outputs: () => ({ apiKey: API_KEY, users: currentUsers }),
  });
  const server = createServer((req, res) => {
    if (graphiql(req, res)) return;
    if (req.url === '/graphql' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void (async () => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'];
          requests.push({ method: req.method ?? '', headers: req.headers, body });
          const result = await graphql({
            schema,
            source: body.query ?? '',
            rootValue,
            variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
            operationName: body.operationName ?? null,
          });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(result));
        })();
      });
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, requests });
    });
  });
}

const isIntrospection = (r: RecordedRequest): boolean => (r.body.query ?? '').includes('__schema');
const executions = (requests: RecordedRequest[]): RecordedRequest[] => requests.filter((r) => !isIntrospection(r));

/** GraphiQL 3 renders the variables and headers editors side by side and hides the inactive one. */
const HEADERS_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

/** The text of one of GraphiQL's CodeMirror 5 editors (`query`, `headers`, `response`). */
async function editorValue(page: Page, which: 'query' | 'headers' | 'response'): Promise<string> {
  const selector = {
    query: '.graphiql-query-editor .CodeMirror',
    headers: `${HEADERS_EDITOR} .CodeMirror`,
    response: '.graphiql-response .CodeMirror',
  }[which];
  return page.$eval(selector, (el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
}

/** Replaces an editor's text by typing it, as a user would (select all, then type). */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(`${selector} .CodeMirror-code`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape'); // close any autocompletion popup
}

test('launchChromium names the install command when Chromium is missing (no silent skip)', async () => {
  await expect(launchChromium({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(
    /sudo apt-get install -y chromium/,
  );
});

describe('GraphiQL page in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = '';
  let requests: RecordedRequest[] = [];
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    ({ server, origin, requests } = await startServer(buildAppSyncSchema()));
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    requests.length = 0;
  });

  afterAll(async () => {
    await closeBrowser(browser);
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  async function openPage(): Promise<{ page: Page; problems: PageProblems }> {
    context = await browser!.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, { allowedOrigins: [origin] });
    const response = await page.goto(`${origin}/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
    await page.waitForSelector('.graphiql-container');
    await page.waitForSelector('.graphiql-execute-button');
    // GraphiQL introspects the schema through our fetcher as soon as it mounts.
    await expect.poll(() => requests.some(isIntrospection), { timeout: 10_000 }).toBe(true);
    return { page, problems };
  }

  test('loads only from 127.0.0.1, renders GraphiQL, and runs the default query with the API key', async () => {
    const { page, problems } = await openPage();

    expect(await page.title()).toBe(PAGE_TITLE);
    expect(await editorValue(page, 'query')).toBe(DEFAULT_QUERY);
    expect(JSON.parse(await editorValue(page, 'headers'))).toEqual({});
    expect(await page.getByLabel('Call as').inputValue()).toBe('api-key');
    const introspection = requests.find(isIntrospection)!;
    expect(introspection.headers['x-api-key']).toBe(API_KEY);

    await page.click('.graphiql-execute-button');
    await expect.poll(() => editorValue(page, 'response'), { timeout: 10_000 }).toContain(FIXTURE_PRODUCT);

    const [execution, ...more] = executions(requests);
    expect(more).toEqual([]);
    expect(execution).toBeDefined();
    expect(execution!.method).toBe('POST');
    expect(execution!.headers['content-type']).toBe('application/json');
    expect(execution!.headers['x-api-key']).toBe(API_KEY);
    expect(execution!.headers.authorization).toBeUndefined();
    expect(execution!.body.query).toBe(DEFAULT_QUERY);

    const response = JSON.parse(await editorValue(page, 'response')) as unknown;
    expect(response).toEqual({
      data: {
        categories: [{ id: 'cat-fixture-1', name: 'Fixture teas' }],
        listProducts: {
          items: [{ id: 'prod-fixture-1', name: FIXTURE_PRODUCT, priceFrom: { amount: 1250, currency: 'USD' } }],
        },
      },
    });
    // The results pane shows it on screen, not only in the editor model.
    await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain(FIXTURE_PRODUCT);

    // Nothing left the machine: every request went to our server (fonts are data: URLs in the CSS).
    expect(problems.requests.length).toBeGreaterThanOrEqual(7);
    expect(
      problems.requests.filter((url) => !url.startsWith('data:')).every((url) => url.startsWith(`${origin}/`)),
    ).toBe(true);
    expect(problems.all()).toEqual([]);
  });

  test('"Headers tab only": a typed query runs with just the token typed into the header editor', async () => {
    const { page, problems } = await openPage();

    await page.getByLabel('Call as').selectOption({ label: 'Headers tab only' });
    await typeInto(page, '.graphiql-query-editor', '{ categories { id name } }');
    expect((await editorValue(page, 'query')).replace(/\s+/g, ' ').trim()).toBe('{ categories { id name } }');
    await typeInto(page, HEADERS_EDITOR, '{"Authorization": "eyJ.fake.token"}');
    expect(JSON.parse(await editorValue(page, 'headers'))).toEqual({ Authorization: 'eyJ.fake.token' });

    await page.click('.graphiql-execute-button');
    await expect.poll(() => editorValue(page, 'response'), { timeout: 10_000 }).toContain('Fixture teas');

    const [execution] = executions(requests);
    expect(execution!.headers.authorization).toBe('eyJ.fake.token');
    expect(execution!.headers['x-api-key']).toBeUndefined();
    expect(execution!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(await editorValue(page, 'response'))).toEqual({
      data: { categories: [{ id: 'cat-fixture-1', name: 'Fixture teas' }] },
    });
    expect(problems.all()).toEqual([]);
  });

  test('headers typed into the Headers tab go on top of the chosen credentials, and override them', async () => {
    const { page, problems } = await openPage();
    await typeInto(page, HEADERS_EDITOR, '{"x-trace": "t-1"}');
    await page.click('.graphiql-execute-button');
    await expect.poll(() => executions(requests).length, { timeout: 10_000 }).toBe(1);
    expect(executions(requests)[0]!.headers).toMatchObject({ 'x-api-key': API_KEY, 'x-trace': 't-1' });

    await typeInto(page, HEADERS_EDITOR, '{"x-api-key": "da2-typed"}');
    await page.click('.graphiql-execute-button');
    await expect.poll(() => executions(requests).length, { timeout: 10_000 }).toBe(2);
    expect(executions(requests)[1]!.headers['x-api-key']).toBe('da2-typed');
    expect(problems.all()).toEqual([]);
  });

  test('a user name with </script> in it stays text in the real HTML parser', async () => {
    const hostile = '</script><script>window.pwned=1</script><!--<script>"@example.com';
    currentUsers = [{ email: hostile, password: 'x', groups: [] }];
    try {
      const { page, problems } = await openPage();
      expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
      const labels = await page.getByLabel('Call as').locator('option').allTextContents();
      expect(labels).toEqual(['Anonymous (API key)', hostile, 'IAM (backend)', 'Headers tab only']);
      expect(await page.locator('script').count()).toBe(5);
      expect(problems.all()).toEqual([]);
    } finally {
      currentUsers = FAKE_USERS;
    }
  });

  test("GraphiQL's dialogs open without CSP violations (the scroll-lock stylesheet is allowed by hash)", async () => {
    const { page, problems } = await openPage();
    for (const label of ['Open settings dialog', 'Open short keys dialog']) {
      await page.click(`[aria-label="${label}"]`);
      await page.waitForSelector('[role="dialog"]');
      // react-remove-scroll-bar's <style> applied (a CSP block would leave the body scrollable).
      await expect.poll(() => page.evaluate('getComputedStyle(document.body).overflow')).toBe('hidden');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[role="dialog"]', { state: 'detached' });
    }
    expect(problems.all()).toEqual([]);
  });
});

describe('"Call as" in headless Chromium against npm start', () => {
  let shop: ShopProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let origin = '';

  beforeAll(async () => {
    shop = await startShopProcess({ args: ['--no-seed'], timeoutMs: 150_000 });
    origin = new URL(shop.outputs.graphqlUrl).origin;
    browser = await launchChromium();
    // One context for the describe: localStorage (the saved choice) carries from test to test.
    context = await browser.newContext();
  });

  afterAll(async () => {
    await closeBrowser(browser);
    await shop?.stop();
  });

  async function openShopPage(): Promise<{ page: Page; problems: PageProblems }> {
    const page = await context!.newPage();
    const problems = watchPage(page, { allowedOrigins: [origin] });
    expect((await page.goto(`${origin}/`, { waitUntil: 'load' }))?.status()).toBe(200);
    await page.waitForSelector('.graphiql-execute-button');
    return { page, problems };
  }

  /** Chooses an identity, types and runs `query`, and answers the parsed response. */
  async function runAs(page: Page, label: string, query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
    await page.getByLabel('Call as').selectOption({ label });
    await typeInto(page, '.graphiql-query-editor', query);
    const answered = page.waitForResponse(
      (r) => r.url() === `${origin}/graphql` && !(r.request().postData() ?? '').includes('__schema'),
    );
    await page.click('.graphiql-execute-button');
    const body = (await (await answered).json()) as { data?: unknown; errors?: unknown[] };
    // What the user reads: the response pane shows that very answer.
    const shown = async () => JSON.parse((await editorValue(page, 'response')) || 'null') as unknown;
    await expect.poll(shown, { timeout: 15_000 }).toEqual(body);
    return body;
  }

  const errorTypes = (r: { errors?: unknown[] }) =>
    (r.errors ?? []).map((e) => (e as { errorType?: string }).errorType);

  test('the shopper sees their own email in `me`, and the choice survives a reload', async () => {
    const { page, problems } = await openShopPage();
    expect(await page.getByLabel('Call as').locator('option').allTextContents()).toEqual([
      'Anonymous (API key)',
      'admin@example.com (admin)',
      'shopper@example.com',
      'IAM (backend)',
      'Headers tab only',
    ]);
    expect(await runAs(page, 'shopper@example.com', '{ me { email } }')).toEqual({
      data: { me: { email: 'shopper@example.com' } },
    });
    await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('shopper@example.com');
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button');
    expect(await page.getByLabel('Call as').inputValue()).toBe('user:shopper@example.com');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  test('the admin may list every order; the shopper is refused', async () => {
    const { page, problems } = await openShopPage();
    const listOrders = '{ listOrders(limit: 1) { items { id status } } }';
    expect(await runAs(page, 'admin@example.com (admin)', listOrders)).toEqual({
      data: { listOrders: { items: expect.any(Array) } },
    });
    expect(errorTypes(await runAs(page, 'shopper@example.com', listOrders))).toEqual(['Unauthorized']);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  test('IAM may call the backend-only publishOrderPlaced; the admin may not', async () => {
    const { page, problems } = await openShopPage();
    const item = JSON.stringify({ entity: 'Order', id: 'GRAPHIQL-IAM', status: 'PAID' });
    const mutation = `mutation { publishOrderPlaced(item: ${JSON.stringify(item)}) { id status } }`;
    expect(await runAs(page, 'IAM (backend)', mutation)).toEqual({
      data: { publishOrderPlaced: { id: 'GRAPHIQL-IAM', status: 'PAID' } },
    });
    expect(errorTypes(await runAs(page, 'admin@example.com (admin)', mutation))).toEqual(['Unauthorized']);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  test('the API key reads the catalog and is refused `me`', async () => {
    const { page, problems } = await openShopPage();
    expect(await runAs(page, 'Anonymous (API key)', '{ categories { id } }')).toEqual({
      data: { categories: expect.any(Array) },
    });
    expect(errorTypes(await runAs(page, 'Anonymous (API key)', '{ me { email } }'))).toEqual(['Unauthorized']);
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
