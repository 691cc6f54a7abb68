// /admin/shipping: every shipping method, active or not, and the form that creates one or edits the one picked.
// Prices are typed in major units and sent in minor units (clients/money.ts).
import { useState, type FormEvent } from 'react';
import {
  AllShippingMethodsDocument,
  call,
  CreateShippingMethodDocument,
  currencyDecimals,
  priceStep,
  shopCurrency,
  toMinorUnits,
  UpdateShippingMethodDocument,
  type MoneyFieldsFragment,
  type ShippingMethodFieldsFragment as Method,
  type ShippingMethodInput,
} from '../../../../index.ts';
import { field } from '../../forms.ts';
import { deliveryDays } from '../../pricing-words.ts';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';

/** Minor units back to what the admin typed: 1250 USD is "12.50". */
function major(money: MoneyFieldsFragment | null | undefined): string {
  if (!money) return '';
  const digits = currencyDecimals(money.currency);
  return (money.amount / 10 ** digits).toFixed(digits);
}

function optionalInt(form: FormData, name: string): number | null {
  const typed = field(form, name);
  return typed ? Number(typed) : null;
}

function readMethod(form: FormData, currency: string): ShippingMethodInput {
  const freeOver = field(form, 'freeOver');
  return {
    name: field(form, 'name'),
    countries: field(form, 'countries')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    price: { amount: toMinorUnits(field(form, 'price'), currency), currency },
    freeOver: freeOver ? toMinorUnits(freeOver, currency) : null,
    minDays: optionalInt(form, 'minDays'),
    maxDays: optionalInt(form, 'maxDays'),
    active: form.get('active') === 'on',
  };
}

function MethodsTable({ methods, edit }: { methods: Method[] | undefined; edit(method: Method): void }) {
  return (
    <table>
      <caption>All shipping methods</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Countries</th>
          <th scope="col">Price</th>
          <th scope="col">Free over</th>
          <th scope="col">Delivery</th>
          <th scope="col">Active</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {methods?.map((m) => (
          <tr key={m.id}>
            <td>{m.name}</td>
            <td>{m.countries.join(', ')}</td>
            <td>
              <Price money={m.price} />
            </td>
            <td>{m.freeOver ? <Price money={m.freeOver} /> : '—'}</td>
            <td>{deliveryDays(m) || '—'}</td>
            <td>{m.active ? 'Yes' : 'No'}</td>
            <td>
              <button type="button" onClick={() => edit(m)}>
                Edit<span className="visually-hidden"> {m.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MethodForm({ editing, onSaved }: { editing: Method | undefined; onSaved(method: Method): void }) {
  const [error, setError] = useState<unknown>();
  const currency = shopCurrency();
  const title = editing ? `Edit ${editing.name}` : 'Create a shipping method';
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setError(undefined);
    try {
      const input = readMethod(new FormData(form), currency);
      const saved = editing
        ? (await call(UpdateShippingMethodDocument, { id: editing.id, input })).updateShippingMethod
        : (await call(CreateShippingMethodDocument, { input })).createShippingMethod;
      if (!editing) form.reset();
      onSaved(saved);
    } catch (thrown) {
      setError(thrown);
    }
  };
  const step = priceStep(currency);
  return (
    <>
      <h2>{title}</h2>
      {/* keyed by the method, so picking another one refills the fields */}
      <form key={editing?.id ?? 'new'} onSubmit={(e) => void submit(e)} aria-label={title} className="stack">
        <label htmlFor="method-name">Name</label>
        <input id="method-name" name="name" required maxLength={100} defaultValue={editing?.name} />
        <label htmlFor="method-countries">Countries</label>
        <input
          id="method-countries"
          name="countries"
          required
          aria-describedby="method-countries-hint"
          defaultValue={editing?.countries.join(', ')}
        />
        <small id="method-countries-hint">Two-letter codes separated by commas, e.g. US, CA</small>
        <label htmlFor="method-price">Price ({currency})</label>
        <input
          id="method-price"
          name="price"
          type="number"
          min="0"
          step={step}
          required
          defaultValue={major(editing?.price)}
        />
        <label htmlFor="method-free-over">Free over ({currency}, optional)</label>
        <input
          id="method-free-over"
          name="freeOver"
          type="number"
          min="0"
          step={step}
          defaultValue={major(editing?.freeOver)}
        />
        <label htmlFor="method-min-days">Min days (optional)</label>
        <input
          id="method-min-days"
          name="minDays"
          type="number"
          min="0"
          max="365"
          defaultValue={editing?.minDays ?? ''}
        />
        <label htmlFor="method-max-days">Max days (optional)</label>
        <input
          id="method-max-days"
          name="maxDays"
          type="number"
          min="0"
          max="365"
          defaultValue={editing?.maxDays ?? ''}
        />
        <p>
          <input id="method-active" name="active" type="checkbox" defaultChecked={editing?.active ?? true} />{' '}
          <label htmlFor="method-active">Active</label>
        </p>
        <button type="submit">{editing ? 'Save shipping method' : 'Create shipping method'}</button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}

export function ShippingMethods() {
  const list = useLoad(() => call(AllShippingMethodsDocument, {}).then((d) => d.allShippingMethods), []);
  const [editing, setEditing] = useState<Method>();
  const saved = (method: Method) => {
    const others = (list.data ?? []).filter((m) => m.id !== method.id);
    list.set([...others, method].sort((a, b) => a.name.localeCompare(b.name)));
    setEditing(undefined);
  };
  return (
    <>
      <h1>Shipping methods</h1>
      <ErrorMessage error={list.error} />
      {list.loading ? <Loading /> : null}
      <MethodsTable methods={list.data} edit={setEditing} />
      {editing ? (
        <p>
          <button type="button" onClick={() => setEditing(undefined)}>
            Create a new one instead
          </button>
        </p>
      ) : null}
      <MethodForm editing={editing} onSaved={saved} />
    </>
  );
}
