// The demo catalog loaded on first start, written through the API itself (the same mutations an
// admin would send), so it is valid by construction. Each product gets a picture through the real
// upload flow: createProductImageUpload, a multipart POST to the (verifying) local S3, attachProductImage.
import { demoPicture } from './png.ts';

const CATEGORIES = [
  { slug: 'mugs', name: 'Mugs' },
  { slug: 't-shirts', name: 'T-shirts' },
  { slug: 'posters', name: 'Posters' },
];

interface DemoProduct {
  slug: string;
  name: string;
  category: string;
  description: string;
  tags: string[];
  /** the picture's colour */
  colour: [number, number, number];
  variants: Array<{
    sku: string;
    name: string;
    options: Array<{ name: string; value: string }>;
    price: number;
    stock: number;
  }>;
}

const size = (value: string) => [{ name: 'Size', value }];

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    slug: 'classic-white-mug',
    colour: [226, 232, 240],
    name: 'Classic white mug',
    category: 'mugs',
    description: 'A 330 ml stoneware mug that survives the dishwasher.',
    tags: ['kitchen', 'gift'],
    variants: [{ sku: 'MUG-WHITE', name: 'White', options: [], price: 1200, stock: 40 }],
  },
  {
    slug: 'enamel-camp-mug',
    colour: [37, 99, 235],
    name: 'Enamel camp mug',
    category: 'mugs',
    description: 'Light, tough and made for coffee outdoors.',
    tags: ['outdoor', 'kitchen'],
    variants: [
      { sku: 'MUG-ENAMEL-BLUE', name: 'Blue', options: [{ name: 'Colour', value: 'Blue' }], price: 1600, stock: 25 },
      { sku: 'MUG-ENAMEL-GREEN', name: 'Green', options: [{ name: 'Colour', value: 'Green' }], price: 1600, stock: 0 },
    ],
  },
  {
    slug: 'logo-tee',
    colour: [220, 38, 38],
    name: 'Logo tee',
    category: 't-shirts',
    description: 'Organic cotton, printed with the shop logo.',
    tags: ['cotton', 'gift'],
    variants: ['S', 'M', 'L', 'XL'].map((s, i) => ({
      sku: `TEE-LOGO-${s}`,
      name: s,
      options: size(s),
      price: 2500,
      stock: 10 + i * 5,
    })),
  },
  {
    slug: 'plain-tee',
    colour: [100, 116, 139],
    name: 'Plain tee',
    category: 't-shirts',
    description: 'The one you wear every day.',
    tags: ['cotton', 'basics'],
    variants: ['S', 'M', 'L'].map((s) => ({
      sku: `TEE-PLAIN-${s}`,
      name: s,
      options: size(s),
      price: 1800,
      stock: 30,
    })),
  },
  {
    slug: 'mountain-poster',
    colour: [21, 128, 61],
    name: 'Mountain poster',
    category: 'posters',
    description: 'A 50 × 70 cm giclée print of the Alps at dawn.',
    tags: ['art', 'outdoor'],
    variants: [
      {
        sku: 'POSTER-MOUNTAIN-50',
        name: '50 × 70 cm',
        options: [{ name: 'Format', value: '50x70' }],
        price: 3900,
        stock: 12,
      },
      {
        sku: 'POSTER-MOUNTAIN-70',
        name: '70 × 100 cm',
        options: [{ name: 'Format', value: '70x100' }],
        price: 5900,
        stock: 6,
      },
    ],
  },
  {
    slug: 'city-map-poster',
    colour: [124, 58, 237],
    name: 'City map poster',
    category: 'posters',
    description: 'Your favourite city, drawn in fine lines.',
    tags: ['art', 'gift'],
    variants: [
      {
        sku: 'POSTER-CITY-50',
        name: '50 × 70 cm',
        options: [{ name: 'Format', value: '50x70' }],
        price: 3500,
        stock: 20,
      },
    ],
  },
];

export type RunMutation = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: unknown; errors?: Array<{ message: string }> }>;

export async function must(run: RunMutation, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const result = await run(query, variables);
  if (result.errors?.length) throw new Error(`Seeding failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data;
}

const UPLOAD = `mutation SeedImage($productId: ID!, $length: Int!) {
  createProductImageUpload(productId: $productId, contentType: "image/png", contentLength: $length) { url fields key }
}`;
const ATTACH = `mutation SeedAttach($productId: ID!, $key: String!, $alt: String) {
  attachProductImage(productId: $productId, key: $key, alt: $alt) { id }
}`;

/** As a browser posts it: the policy fields in order, then the file (S3 "Browser-based uploads using POST"). */
async function postForm(url: string, fields: Record<string, string>, file: Buffer): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file], { type: 'image/png' }), 'picture.png');
  const response = await fetch(url, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`the local S3 answered ${response.status}: ${await response.text()}`);
}

async function addPicture(run: RunMutation, productId: string, product: DemoProduct): Promise<void> {
  const png = demoPicture(product.colour);
  const upload = (await must(run, UPLOAD, { productId, length: png.length })) as {
    createProductImageUpload: { url: string; fields: string; key: string };
  };
  const { url, fields, key } = upload.createProductImageUpload;
  await postForm(url, JSON.parse(fields) as Record<string, string>, png);
  await must(run, ATTACH, { productId, key, alt: product.name });
}

export interface SeededCatalog {
  categories: number;
  products: number;
  /** products that got their picture; a failed upload is reported in `warnings` and does not stop the seed */
  images: number;
  warnings: string[];
}

export async function seedDemoCatalog(run: RunMutation): Promise<SeededCatalog> {
  const ids: Record<string, string> = {};
  for (const category of CATEGORIES) {
    const data = (await must(
      run,
      'mutation Seed($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
      { input: category },
    )) as { createCategory: { id: string } };
    ids[category.slug] = data.createCategory.id;
  }
  const warnings: string[] = [];
  let images = 0;
  for (const product of DEMO_PRODUCTS) {
    const { category, variants, colour: _colour, ...rest } = product;
    const input = {
      ...rest,
      categoryId: ids[category],
      status: 'ACTIVE',
      variants: variants.map((v) => ({ ...v, price: { amount: v.price } })),
    };
    const created = (await must(
      run,
      'mutation Seed($input: CreateProductInput!) { createProduct(input: $input) { id } }',
      { input },
    )) as { createProduct: { id: string } };
    await addPicture(run, created.createProduct.id, product).then(
      () => images++,
      (error: unknown) => warnings.push(`${product.name}: no picture (${(error as Error).message})`),
    );
  }
  return { categories: CATEGORIES.length, products: DEMO_PRODUCTS.length, images, warnings };
}
