// /admin/tax: every tax rate (a country's, or one region's replacing it there), the form that sets one, and a
// delete button per rate. The admin types a percent; the API takes basis points (8.25 % is 825).
import { useState, type FormEvent } from 'react';
import {
  call,
  DeleteTaxRateDocument,
  SetTaxRateDocument,
  TaxRatesDocument,
  type TaxRateFieldsFragment as Rate,
} from '../../../../index.ts';
import { field } from '../../forms.ts';
import { basisPointsToPercent, percentToBasisPoints } from '../../pricing-words.ts';
import { ErrorMessage, Loading, useLoad } from '../../ui.tsx';

const sameRate = (a: Rate, b: Rate) => a.country === b.country && (a.region ?? null) === (b.region ?? null);

function byPlace(a: Rate, b: Rate): number {
  return a.country.localeCompare(b.country) || (a.region ?? '').localeCompare(b.region ?? '');
}

function RatesTable({ rates, remove }: { rates: Rate[] | undefined; remove(rate: Rate): void }) {
  return (
    <table>
      <caption>All tax rates, by country and region</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Region</th>
          <th scope="col">Name</th>
          <th scope="col">Rate</th>
          <th scope="col">Delete</th>
        </tr>
      </thead>
      <tbody>
        {rates?.map((r) => {
          const place = r.region ? `${r.country} ${r.region}` : r.country;
          return (
            <tr key={place}>
              <td>{r.country}</td>
              <td>{r.region ?? 'whole country'}</td>
              <td>{r.name}</td>
              <td>{basisPointsToPercent(r.rate)}</td>
              <td>
                <button type="button" onClick={() => remove(r)}>
                  Delete<span className="visually-hidden"> the tax rate of {place}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function TaxRates() {
  const list = useLoad(() => call(TaxRatesDocument, {}).then((d) => d.taxRates), []);
  const [error, setError] = useState<unknown>();
  const set = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setError(undefined);
    try {
      const { setTaxRate } = await call(SetTaxRateDocument, {
        input: {
          country: field(data, 'country'),
          region: field(data, 'region') || null,
          name: field(data, 'name'),
          rate: percentToBasisPoints(field(data, 'rate')),
        },
      });
      list.set([...(list.data ?? []).filter((r) => !sameRate(r, setTaxRate)), setTaxRate].sort(byPlace));
      form.reset();
    } catch (thrown) {
      setError(thrown);
    }
  };
  const remove = async (rate: Rate) => {
    setError(undefined);
    try {
      await call(DeleteTaxRateDocument, { country: rate.country, region: rate.region ?? null });
      list.set((list.data ?? []).filter((r) => !sameRate(r, rate)));
    } catch (thrown) {
      setError(thrown);
    }
  };
  return (
    <>
      <h1>Tax rates</h1>
      <ErrorMessage error={list.error} />
      {list.loading ? <Loading /> : null}
      <RatesTable rates={list.data} remove={(r) => void remove(r)} />
      <h2>Set a tax rate</h2>
      <p>A rate for a region replaces the country&apos;s there; setting an existing one replaces it.</p>
      <form onSubmit={(e) => void set(e)} aria-label="Set a tax rate" className="stack">
        <label htmlFor="tax-country">Country code</label>
        <input id="tax-country" name="country" required pattern="[A-Za-z]{2}" autoComplete="off" />
        <label htmlFor="tax-region">Region (optional)</label>
        <input id="tax-region" name="region" maxLength={100} autoComplete="off" />
        <label htmlFor="tax-name">Tax name</label>
        <input id="tax-name" name="name" required maxLength={50} placeholder="e.g. Sales tax" />
        <label htmlFor="tax-rate">Rate (%)</label>
        <input id="tax-rate" name="rate" type="number" min="0" max="100" step="0.01" required inputMode="decimal" />
        <button type="submit">Set tax rate</button>
      </form>
      <ErrorMessage error={error} />
    </>
  );
}
