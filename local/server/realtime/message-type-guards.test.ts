import { describe, expect, it } from 'vitest';
import { parseClientMessage } from './message-type-guards.ts';
import { MESSAGE_TYPES } from './protocol.ts';

const data = JSON.stringify({ query: 'subscription { onX { id } }', variables: {} });

describe('parseClientMessage', () => {
  it('reads connection_init, start and stop', () => {
    expect(parseClientMessage('{"type":"connection_init"}')).toEqual({
      ok: true,
      message: { type: 'connection_init', payload: undefined },
    });
    const start = {
      id: 's1',
      type: 'start',
      payload: { data, extensions: { authorization: { host: 'h', 'x-api-key': 'k' } } },
    };
    expect(parseClientMessage(Buffer.from(JSON.stringify(start)))).toEqual({ ok: true, message: start });
    expect(parseClientMessage('{"type":"stop","id":"s1"}')).toEqual({ ok: true, message: { type: 'stop', id: 's1' } });
  });

  it('keeps data as the exact string sent and tolerates a start without authorization', () => {
    const result = parseClientMessage(JSON.stringify({ id: 's1', type: 'start', payload: { data } }));
    expect(result).toEqual({ ok: true, message: { id: 's1', type: 'start', payload: { data, extensions: {} } } });
  });

  it.each([
    ['not JSON', '{type:', undefined, 'BadRequestException'],
    ['a JSON array', '[1]', undefined, 'BadRequestException'],
    ['a JSON string', '"start"', undefined, 'BadRequestException'],
    ['without type', '{"id":"a"}', 'a', 'BadRequestException'],
    ['an unknown type', '{"id":"a","type":"subscribe"}', 'a', 'UnsupportedOperation'],
    ['a start without id', `{"type":"start","payload":{"data":"{}"}}`, undefined, 'BadRequestException'],
    [
      'a start whose data is an object',
      '{"id":"a","type":"start","payload":{"data":{"query":"x"}}}',
      'a',
      'BadRequestException',
    ],
    ['a start without payload', '{"id":"a","type":"start"}', 'a', 'BadRequestException'],
    ['a stop without id', '{"type":"stop"}', undefined, 'BadRequestException'],
  ])('turns %s into an error entry', (_label, raw, id, errorType) => {
    const result = parseClientMessage(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.id).toBe(id);
    expect(result.error.errorType).toBe(errorType);
    expect(typeof result.error.message).toBe('string');
  });

  it('names the unknown type the way AppSync does', () => {
    const result = parseClientMessage('{"type":"subscribe"}');
    expect(result).toEqual({
      ok: false,
      error: { errorType: 'UnsupportedOperation', message: 'subscribe not supported through the realtime channel' },
    });
  });

  it('has one MESSAGE_TYPES entry per protocol message', () => {
    expect(Object.values(MESSAGE_TYPES).sort()).toEqual([
      'complete',
      'connection_ack',
      'connection_error',
      'connection_init',
      'data',
      'error',
      'ka',
      'start',
      'start_ack',
      'stop',
    ]);
  });
});
