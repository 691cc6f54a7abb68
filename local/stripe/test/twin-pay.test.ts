// POST /_twin/checkout/sessions/:id/pay: paying without a browser, as scripts and the shop's own
// integration tests will, with the same outcomes and Stripe's card_error shape for a decline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_KEY, sessionParams, startTestTwin, type TestTwin } from './support.ts';

let t: TestTwin;
beforeAll(async () => {
  t = await startTestTwin();
});
afterAll(async () => {
  await t?.close();
});

async function pay(sessionId: string, form: Record<string, string>) {
  const response = await fetch(`${t.twin.url}/_twin/checkout/sessions/${sessionId}/pay`, {
    method: 'POST',
    headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('POST /_twin/checkout/sessions/:id/pay', () => {
  it('declines with 402 card_error and the intent, then pays, then refuses a closed session', async () => {
    const session = await t.stripe.checkout.sessions.create(sessionParams());
    const declined = await pay(session.id, { 'card[number]': '4000000000000002' });
    expect(declined.status).toBe(402);
    expect(declined.body.error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      message: 'Your card was declined.',
      payment_intent: { object: 'payment_intent', status: 'requires_payment_method' },
    });
    const mistyped = await pay(session.id, { 'card[number]': '4242424242424242', 'card[cvc]': '1' });
    expect([mistyped.status, mistyped.body.error.param]).toEqual([400, 'card[cvc]']);
    const paid = await pay(session.id, { 'card[number]': '4242424242424242' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ id: session.id, status: 'complete', payment_status: 'paid' });
    expect(paid.body.payment_intent).toBe(declined.body.error.payment_intent.id);
    const again = await pay(session.id, { 'card[number]': '4242424242424242' });
    expect(again.status).toBe(400);
    expect((await pay('cs_test_missing', { 'card[number]': '4242424242424242' })).status).toBe(404);
    expect((await pay(session.id, {})).body.error).toMatchObject({ code: 'parameter_missing', param: 'card' });
  });
});
