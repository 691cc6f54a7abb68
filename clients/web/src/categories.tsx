// The shop's categories, asked for once per page load and shared by every screen that lists or names them
// (home page chips, search facets): one request however many screens a shopper opens.
import { call, CategoriesDocument, type CategoriesQuery } from '../../index.ts';
import { useLoad, type Loaded } from './ui.tsx';

export type Category = CategoriesQuery['categories'][number];

let request: Promise<readonly Category[]> | undefined;

function loadCategories(): Promise<readonly Category[]> {
  request ??= call(CategoriesDocument, {}, 'apiKey').then(
    (data) => data.categories,
    (error: unknown) => {
      // A failed request is not kept: the next screen (or a reload) asks again.
      request = undefined;
      throw error;
    },
  );
  return request;
}

export function useCategories(): Loaded<readonly Category[]> {
  return useLoad(loadCategories, []);
}

/** The category's name, or its id while the names are loading or when the id is unknown (a deleted category). */
export function categoryName(categories: readonly Category[] | undefined, id: string): string {
  return categories?.find((c) => c.id === id)?.name ?? id;
}
