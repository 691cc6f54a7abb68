// `npm run --silent evaluate -- --code FILE --context FILE --function request` prints
// EvaluateCode-shaped JSON on stdout.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('npm run evaluate', () => {
  it('prints the evaluated request as AppSync would', async () => {
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'evaluate',
        '--',
        '--code',
        fixture('get-product.js'),
        '--context',
        fixture('get-product.context.json'),
        '--function',
        'request',
      ],
      { cwd: root },
    );
    expect(JSON.parse(stdout)).toEqual({
      evaluationResult:
        '{"operation":"GetItem","key":{"pk":{"S":"PRODUCT#01HZX3Q8K2"},"sk":{"S":"PRODUCT"}},"consistentRead":true}',
      logs: [],
      stash: '{}',
      outErrors: '[]',
    });
  }, 30_000);

  it('prints the error when the response handler re-raises a data-source error', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'evaluate-'));
    const context = join(dir, 'ctx.json');
    await writeFile(
      context,
      JSON.stringify({ arguments: {}, error: { message: 'boom', type: 'DynamoDB:DynamoDbException' } }),
    );
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'evaluate',
        '--',
        '--code',
        fixture('get-product.js'),
        '--context',
        context,
        '--function',
        'response',
      ],
      { cwd: root },
    );
    const out = JSON.parse(stdout);
    expect(out.error).toEqual({ message: 'boom', codeErrors: [] });
    expect(JSON.parse(out.outErrors)).toEqual([
      { message: 'boom', errorType: 'DynamoDB:DynamoDbException', data: null, errorInfo: null },
    ]);
  }, 30_000);

  it('explains its usage when arguments are missing', async () => {
    await expect(
      run('npm', ['run', '--silent', 'evaluate', '--', '--code', fixture('get-product.js')], { cwd: root }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining(
        'usage: npm run --silent evaluate -- --code FILE --context FILE --function request|response',
      ),
    });
  }, 30_000);
});
