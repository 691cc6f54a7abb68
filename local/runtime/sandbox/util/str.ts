// util.str.normalize(value, form): Unicode normalization, form given as nfc/nfd/nfkc/nfkd in any case.

const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'];

export function normalize(value: string, form: string): string | null {
  if (value === null || value === undefined) return null;
  const upper = String(form).toUpperCase();
  if (!FORMS.includes(upper))
    throw new Error(`Invalid normalization form: ${String(form)} (expected nfc, nfd, nfkc or nfkd)`);
  return String(value).normalize(upper as 'NFC');
}
