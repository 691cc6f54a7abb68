// The demo catalog loaded on first start, written through the API itself (the same mutations an
// admin would send), so it is valid by construction.

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
    name: 'Classic white mug',
    category: 'mugs',
    description: 'A 330 ml stoneware mug that survives the dishwasher.',
    tags: ['kitchen', 'gift'],
    variants: [{ sku: 'MUG-WHITE', name: 'White', options: [], price: 1200, stock: 40 }],
  },
  {
    slug: 'enamel-camp-mug',
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

async function must(run: RunMutation, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const result = await run(query, variables);
  if (result.errors?.length) throw new Error(`Seeding failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data;
}

export async function seedDemoCatalog(run: RunMutation): Promise<{ categories: number; products: number }> {
  const ids: Record<string, string> = {};
  for (const category of CATEGORIES) {
    const data = (await must(
      run,
      'mutation Seed($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
      { input: category },
    )) as { createCategory: { id: string } };
    ids[category.slug] = data.createCategory.id;
  }
  for (const product of DEMO_PRODUCTS) {
    const { category, variants, ...rest } = product;
    const input = {
      ...rest,
      categoryId: ids[category],
      status: 'ACTIVE',
      variants: variants.map((v) => ({ ...v, price: { amount: v.price } })),
    };
    await must(run, 'mutation Seed($input: CreateProductInput!) { createProduct(input: $input) { id } }', { input });
  }
  return { categories: CATEGORIES.length, products: DEMO_PRODUCTS.length };
}
