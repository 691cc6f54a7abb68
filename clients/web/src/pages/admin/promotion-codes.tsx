// /admin/promotions: every promotion code, newest first, with how many orders used it, a button turning each on
// or off, and the form that creates one (a percent or an amount off). Amounts are typed in major units.
import { useState, type FormEvent } from 'react';
import {
  call,
  CreatePromotionCodeDocument,
  formatMoney,
  priceStep,
  PromotionCodesDocument,
  SetPromotionCodeActiveDocument,
  shopCurrency,
  toMinorUnits,
  type PromotionCodeFieldsFragment as Code,
  type PromotionCodeInput,
} from '../../../../index.ts';
import { field } from '../../forms.ts';
import { ErrorMessage, Loading, useLoad } from '../../ui.tsx';

function money(amount: number | null | undefined, currency: string): string {
  return amount == null ? '—' : formatMoney({ amount, currency });
}

function discountWords(code: Code, currency: string): string {
  return code.percentOff != null ? `${code.percentOff} % off` : `${money(code.amountOff, currency)} off`;
}

function validity(code: Code): string {
  const day = (iso: string) => new Date(iso).toLocaleString();
  if (!code.startsAt && !code.endsAt) return 'always';
  const from = code.startsAt ? `from ${day(code.startsAt)}` : '';
  return `${from} ${code.endsAt ? `until ${day(code.endsAt)}` : ''}`.trim();
}

/** A datetime-local value (the admin's own time zone) as an AWSDateTime, or null when left empty. */
function instant(form: FormData, name: string): string | null {
  const typed = field(form, name);
  return typed ? new Date(typed).toISOString() : null;
}

function readCode(form: FormData, currency: string): PromotionCodeInput {
  const percent = field(form, 'percentOff');
  const amount = field(form, 'amountOff');
  if (!percent === !amount) throw new Error('Fill in exactly one of "Percent off" and "Amount off".');
  const minimum = field(form, 'minSubtotal');
  const max = field(form, 'maxRedemptions');
  return {
    code: field(form, 'code'),
    percentOff: percent ? Number(percent) : null,
    amountOff: amount ? toMinorUnits(amount, currency) : null,
    minSubtotal: minimum ? toMinorUnits(minimum, currency) : null,
    startsAt: instant(form, 'startsAt'),
    endsAt: instant(form, 'endsAt'),
    maxRedemptions: max ? Number(max) : null,
    oncePerCustomer: form.get('oncePerCustomer') === 'on',
    active: form.get('active') === 'on',
  };
}

function CodesTable({ codes, toggle }: { codes: Code[] | undefined; toggle(code: Code): void }) {
  const currency = shopCurrency();
  return (
    <table>
      <caption>All promotion codes, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Discount</th>
          <th scope="col">Minimum subtotal</th>
          <th scope="col">Valid</th>
          <th scope="col">Max redemptions</th>
          <th scope="col">Once per customer</th>
          <th scope="col">Active</th>
          <th scope="col">Redemptions</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {codes?.map((c) => (
          <tr key={c.code}>
            <td>{c.code}</td>
            <td>{discountWords(c, currency)}</td>
            <td>{money(c.minSubtotal, currency)}</td>
            <td>{validity(c)}</td>
            <td>{c.maxRedemptions ?? 'no limit'}</td>
            <td>{c.oncePerCustomer ? 'Yes' : 'No'}</td>
            <td>{c.active ? 'Yes' : 'No'}</td>
            <td>{c.redemptions}</td>
            <td>
              <button type="button" onClick={() => toggle(c)}>
                {c.active ? 'Deactivate' : 'Activate'}
                <span className="visually-hidden"> {c.code}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CodeForm({ onCreated }: { onCreated(code: Code): void }) {
  const [error, setError] = useState<unknown>();
  const currency = shopCurrency();
  const step = priceStep(currency);
  const create = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setError(undefined);
    try {
      const { createPromotionCode } = await call(CreatePromotionCodeDocument, {
        input: readCode(new FormData(form), currency),
      });
      form.reset();
      onCreated(createPromotionCode);
    } catch (thrown) {
      setError(thrown);
    }
  };
  const checkbox = (name: string, label: string, checked: boolean) => (
    <p>
      <input id={`code-${name}`} name={name} type="checkbox" defaultChecked={checked} />{' '}
      <label htmlFor={`code-${name}`}>{label}</label>
    </p>
  );
  return (
    <>
      <h2>Create a promotion code</h2>
      <form onSubmit={(e) => void create(e)} aria-label="Create a promotion code" className="stack">
        <label htmlFor="code-code">Code</label>
        <input id="code-code" name="code" required pattern="[A-Za-z0-9_\-]{3,32}" autoComplete="off" />
        <label htmlFor="code-percent">Percent off (1–100)</label>
        <input id="code-percent" name="percentOff" type="number" min="1" max="100" step="1" />
        <label htmlFor="code-amount">Amount off ({currency})</label>
        <input id="code-amount" name="amountOff" type="number" min="0" step={step} />
        <label htmlFor="code-minimum">Minimum subtotal ({currency}, optional)</label>
        <input id="code-minimum" name="minSubtotal" type="number" min="0" step={step} />
        <label htmlFor="code-starts">Starts (optional)</label>
        <input id="code-starts" name="startsAt" type="datetime-local" />
        <label htmlFor="code-ends">Ends (optional)</label>
        <input id="code-ends" name="endsAt" type="datetime-local" />
        <label htmlFor="code-max">Max redemptions (optional)</label>
        <input id="code-max" name="maxRedemptions" type="number" min="1" step="1" />
        {checkbox('oncePerCustomer', 'Once per customer', false)}
        {checkbox('active', 'Active', true)}
        <button type="submit">Create promotion code</button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}

export function PromotionCodes() {
  const list = useLoad(() => call(PromotionCodesDocument, {}).then((d) => d.promotionCodes), []);
  const [error, setError] = useState<unknown>();
  const replace = (code: Code) => list.set((list.data ?? []).map((c) => (c.code === code.code ? code : c)));
  const toggle = async (code: Code) => {
    setError(undefined);
    try {
      replace(
        (await call(SetPromotionCodeActiveDocument, { code: code.code, active: !code.active })).setPromotionCodeActive,
      );
    } catch (thrown) {
      setError(thrown);
    }
  };
  return (
    <>
      <h1>Promotion codes</h1>
      <ErrorMessage error={list.error} />
      {list.loading ? <Loading /> : null}
      <CodesTable codes={list.data} toggle={(c) => void toggle(c)} />
      <ErrorMessage error={error} />
      <CodeForm onCreated={(code) => list.set([code, ...(list.data ?? [])])} />
    </>
  );
}
