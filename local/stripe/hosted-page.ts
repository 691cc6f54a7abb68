// The hosted payment page's HTML: the order's lines and total, a card form (labels "Card number",
// "Expiry", "CVC", a "Pay" button), a decline message the shopper can retry after, and a "Back" link to
// cancel_url. Plain server-rendered HTML and form posts: no script at all, so it works without JS.
import { formatMoney } from './money.ts';
import type { StoredSession } from './objects.ts';
import { hostedPagePath } from './sessions.ts';

export interface CardFormState {
  number?: string;
  expiry?: string;
  cvc?: string;
  /** the decline or field problem to show */
  message?: string;
  field?: 'number' | 'expiry' | 'cvc';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;background:#f6f8fa;color:#1a1f36}
main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;
box-shadow:0 1px 3px rgba(0,0,0,.15)}
.test{background:#fff4d6;color:#7a4b00;font-size:.8rem;padding:.2rem .5rem;border-radius:4px;display:inline-block}
table{width:100%;border-collapse:collapse;margin:1rem 0}td{padding:.3rem 0}td.amount{text-align:right}
tfoot td{border-top:1px solid #ddd;font-weight:600}
label{display:block;margin-top:.8rem;font-size:.9rem}
input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #ccc;border-radius:4px}
input[aria-invalid=true]{border-color:#df1b41}
.row{display:flex;gap:1rem}.row>div{flex:1}
button{margin-top:1.2rem;width:100%;padding:.7rem;font-size:1rem;background:#0570de;color:#fff;border:0;
border-radius:4px}
[role=alert]{color:#df1b41;margin:.8rem 0 0}a{color:#0570de}`;

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}

function linesTable(stored: StoredSession): string {
  const { currency, amount_total } = stored.session;
  const rows = stored.lines
    .map((line) => {
      const name = line.quantity === 1 ? line.description : `${line.quantity} × ${line.description}`;
      return `<tr><td>${escapeHtml(name)}</td><td class="amount">${formatMoney(line.amount_total, currency)}</td></tr>`;
    })
    .join('');
  const total = `<tr><td>Total</td><td class="amount" id="total">${formatMoney(amount_total, currency)}</td></tr>`;
  return `<table aria-label="Order summary"><tbody>${rows}</tbody><tfoot>${total}</tfoot></table>`;
}

function field(id: string, label: string, value: string | undefined, attrs: string, invalid: boolean): string {
  const state = invalid ? ' aria-invalid="true" aria-describedby="card-error"' : '';
  const shown = value === undefined ? '' : ` value="${escapeHtml(value)}"`;
  return `<label for="${id}">${label}</label><input id="${id}" name="${id}" required ${attrs}${state}${shown}>`;
}

function backLink(stored: StoredSession, text: string): string {
  const url = stored.session.cancel_url;
  return url ? `<p><a href="${escapeHtml(url)}">${text}</a></p>` : '';
}

export function checkoutPage(stored: StoredSession, form: CardFormState = {}): string {
  const { id, currency, amount_total, customer_email } = stored.session;
  const alert = form.message ? `<p role="alert" id="card-error">${escapeHtml(form.message)}</p>` : '';
  const email = customer_email ? `<p>Email: ${escapeHtml(customer_email)}</p>` : '';
  const numberInvalid = form.field === 'number' || (form.field === undefined && !!form.message);
  const body =
    `<p class="test">Test mode · local Stripe twin</p>` +
    `<h1>Pay ${formatMoney(amount_total, currency)}</h1>${linesTable(stored)}${email}` +
    `<form method="post" action="${hostedPagePath(id)}" novalidate>` +
    field(
      'cardnumber',
      'Card number',
      form.number,
      'inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"',
      numberInvalid,
    ) +
    `<div class="row"><div>` +
    field('exp', 'Expiry', form.expiry, 'autocomplete="cc-exp" placeholder="MM / YY"', form.field === 'expiry') +
    `</div><div>` +
    field('cvc', 'CVC', form.cvc, 'inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"', form.field === 'cvc') +
    `</div></div>${alert}<button type="submit">Pay</button></form>${backLink(stored, 'Back')}`;
  return page(`Pay ${formatMoney(amount_total, currency)}`, body);
}

/** The page for a session that can no longer be paid. */
export function closedPage(stored: StoredSession): string {
  if (stored.session.status === 'complete') {
    const back = stored.session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', stored.session.id);
    const link = back ? `<p><a href="${escapeHtml(back)}">Return to the shop</a></p>` : '';
    return page('Payment complete', `<h1>Payment complete</h1><p>This checkout session has been paid.</p>${link}`);
  }
  return page(
    'Checkout session expired',
    `<h1>This checkout session has expired</h1><p>Nothing was charged. Start the payment again from the shop.</p>` +
      backLink(stored, 'Back to the shop'),
  );
}

export function notFoundPage(): string {
  return page('Not found', '<h1>Checkout session not found</h1><p>This payment link does not exist.</p>');
}
