// GET and POST /c/pay/:id: the hosted payment page (docs.stripe.com/payments/checkout). GET shows
// it; POST pays with the card typed in: paid → 303 to success_url, declined or mistyped → the page
// again with the message (the session stays open), closed or expired → a page that says so.
import type { StoredSession } from './objects.ts';
import type { Answer, OperationContext } from './operation.ts';
import { checkoutPage, closedPage, notFoundPage } from './hosted-page.ts';
import { payCheckoutSession, successRedirect } from './payments.ts';
import { expireDueSessions } from './sessions.ts';

function originOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return ` ${new URL(url).origin}`;
  } catch {
    return '';
  }
}

/** No script, no frames, no foreign requests; the form may post here and land on success_url. */
function htmlHeaders(stored: StoredSession | undefined): Record<string, string> {
  const formAction = `'self'${originOf(stored?.session.success_url)}`;
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy':
      `default-src 'none'; style-src 'unsafe-inline'; img-src data:; ` +
      `form-action ${formAction}; base-uri 'none'; frame-ancestors 'none'`,
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
  };
}

function html(status: number, body: string, stored?: StoredSession): Answer {
  return { status, body, headers: htmlHeaders(stored) };
}

export function showHostedPage(context: OperationContext, id: string): Answer {
  expireDueSessions(context);
  const stored = context.store.state.sessions[id];
  if (!stored) return html(404, notFoundPage());
  if (stored.session.status !== 'open') return html(200, closedPage(stored), stored);
  return html(200, checkoutPage(stored), stored);
}

export function submitHostedPage(context: OperationContext, id: string, form: URLSearchParams): Answer {
  const card = { number: form.get('cardnumber') ?? '', expiry: form.get('exp') ?? '', cvc: form.get('cvc') ?? '' };
  const outcome = payCheckoutSession(context, id, card);
  switch (outcome.kind) {
    case 'missing':
      return html(404, notFoundPage());
    case 'closed':
      return html(200, closedPage(outcome.stored), outcome.stored);
    case 'invalid':
      return html(200, checkoutPage(outcome.stored, { ...card, message: outcome.message, field: outcome.field }));
    case 'declined':
      return html(200, checkoutPage(outcome.stored, { ...card, message: outcome.error.message }), outcome.stored);
    case 'paid': {
      const to = successRedirect(outcome.stored);
      if (!to) return html(200, closedPage(outcome.stored), outcome.stored);
      return { status: 303, body: '', headers: { ...htmlHeaders(outcome.stored), location: to } };
    }
  }
}
