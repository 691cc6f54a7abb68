// Checks and normalises what admins send for products and variants (limits from the contract).
import type { ProductStatus, VariantInput, VariantOption } from './schema-types.ts';
import { checkPrice } from './money.ts';
import { checkInt, checkOptionalText, checkPattern, checkText, isInteger, type Problems } from './validation.ts';

export const SKU_PATTERN = '[A-Z0-9-]{1,40}';
export const SLUG_PATTERN = '[a-z0-9-]{1,80}';
const STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'];
export const MAX_STOCK = 1000000;

export function checkSlug(problems: Problems, field: string, value: unknown): string {
  return checkPattern(problems, field, value, SLUG_PATTERN, '[a-z0-9-]{1,80}');
}

export function checkSku(problems: Problems, field: string, value: unknown): string {
  return checkPattern(problems, field, value, SKU_PATTERN, '[A-Z0-9-]{1,40}');
}

export function checkStatus(problems: Problems, field: string, value: unknown): ProductStatus {
  if (typeof value !== 'string' || STATUSES.indexOf(value) < 0) {
    problems.push({ field, message: `${field} must be one of DRAFT, ACTIVE, ARCHIVED` });
    return 'DRAFT';
  }
  return value as ProductStatus;
}

export function checkDescription(problems: Problems, field: string, value: unknown): string | null {
  const text = checkOptionalText(problems, field, value, 5000, true);
  return text ? text : null;
}

/** Up to 20 tags of 1–50 characters; trimmed, lower-cased, duplicates dropped, order kept. */
export function checkTags(problems: Problems, field: string, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20) {
    problems.push({ field, message: `${field} must be a list of at most 20 tags` });
    return [];
  }
  const tags: string[] = [];
  value.forEach((tag, index) => {
    const text = checkText(problems, `${field}[${index}]`, tag, 1, 50).toLowerCase();
    if (text.length > 0 && tags.indexOf(text) < 0) tags.push(text);
  });
  return tags;
}

function checkOptions(problems: Problems, field: string, value: unknown): VariantOption[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value) || value.length > 10) {
    problems.push({ field, message: `${field} must be a list of at most 10 options` });
    return [];
  }
  const names: string[] = [];
  return value.map((option: { name?: unknown; value?: unknown }, index) => {
    const name = checkText(problems, `${field}[${index}].name`, option?.name, 1, 50);
    if (names.indexOf(name) >= 0)
      problems.push({ field: `${field}[${index}].name`, message: `${field}[${index}].name '${name}' appears twice` });
    names.push(name);
    return { name, value: checkText(problems, `${field}[${index}].value`, option?.value, 1, 100) };
  });
}

export interface NewVariant {
  sku: string;
  name: string;
  options: VariantOption[];
  price: number;
  stock: number;
}

/** 1–50 variants with distinct SKUs. */
export function checkVariants(problems: Problems, field: string, value: unknown, currency: string): NewVariant[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > 50) {
    problems.push({ field, message: `${field} must hold 1–50 variants` });
    return [];
  }
  const skus: string[] = [];
  return value.map((variant: VariantInput, index) => {
    const at = `${field}[${index}]`;
    const sku = checkSku(problems, `${at}.sku`, variant.sku);
    if (skus.indexOf(sku) >= 0)
      problems.push({ field: `${at}.sku`, message: `${at}.sku '${sku}' appears twice in the input` });
    skus.push(sku);
    const stock =
      variant.stock === null || variant.stock === undefined
        ? 0
        : checkInt(problems, `${at}.stock`, variant.stock, 0, MAX_STOCK);
    return {
      sku,
      name: checkText(problems, `${at}.name`, variant.name, 1, 200),
      options: checkOptions(problems, `${at}.options`, variant.options),
      price: checkPrice(problems, `${at}.price`, variant.price, currency),
      stock: isInteger(stock) ? stock : 0,
    };
  });
}
