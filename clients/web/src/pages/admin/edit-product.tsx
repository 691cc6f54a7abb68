// /admin/product/<id>: edit a product's details (with expectedVersion), adjust each variant's stock, and
// upload images through the S3 POST the API presigns.
import { useState, type FormEvent } from 'react';
import {
  AdjustStockDocument,
  AttachProductImageDocument,
  call,
  CreateProductImageUploadDocument,
  ProductPageDocument,
  UpdateProductDocument,
  type ProductDetailsFragment,
  type ProductStatus,
} from '../../../../index.ts';
import { field } from '../../forms.ts';
import { Link } from '../../router.tsx';
import { ErrorMessage, Loading, Price, useLoad } from '../../ui.tsx';
import { PRODUCT_STATUSES } from './product-statuses.ts';

type Submit = (event: FormEvent<HTMLFormElement>) => void;

async function uploadImage(product: ProductDetailsFragment, file: File, alt: string): Promise<ProductDetailsFragment> {
  const { createProductImageUpload: upload } = await call(CreateProductImageUploadDocument, {
    productId: product.id,
    contentType: file.type,
    contentLength: file.size,
  });
  // S3 POST: every policy field first, the file last.
  // https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOST.html
  const body = new FormData();
  for (const [name, value] of Object.entries(JSON.parse(upload.fields) as Record<string, string>))
    body.append(name, value);
  body.append('file', file);
  const response = await fetch(upload.url, { method: 'POST', body });
  if (!response.ok) throw new Error(`The image store refused the upload (HTTP ${response.status}).`);
  const { attachProductImage } = await call(AttachProductImageDocument, {
    productId: product.id,
    key: upload.key,
    alt,
  });
  return attachProductImage;
}

function StockList({
  variants,
  adjust,
}: {
  variants: ProductDetailsFragment['variants'];
  adjust(sku: string): Submit;
}) {
  return (
    <ul>
      {variants.map((v) => (
        <li key={v.sku}>
          {v.name} ({v.sku}) — <Price money={v.price} /> — stock {v.stock}
          <form onSubmit={adjust(v.sku)} aria-label={`Adjust stock of ${v.sku}`}>
            <label htmlFor={`delta-${v.sku}`}>Change stock of {v.sku} by</label>{' '}
            <input id={`delta-${v.sku}`} name="delta" type="number" step="1" required />{' '}
            <button type="submit">Adjust</button>
          </form>
        </li>
      ))}
    </ul>
  );
}

function Images({ images, upload }: { images: ProductDetailsFragment['images']; upload: Submit }) {
  return (
    <>
      <ul className="grid">
        {images.map((image) => (
          <li key={image.key}>
            <img src={image.url} alt={image.alt ?? ''} width={160} height={120} />
          </li>
        ))}
      </ul>
      <form onSubmit={upload} aria-label="Upload an image">
        <label htmlFor="image">Image (JPEG, PNG, WebP or AVIF, up to 10 MiB)</label>{' '}
        <input id="image" name="image" type="file" accept="image/jpeg,image/png,image/webp,image/avif" />{' '}
        <label htmlFor="alt">Alt text</label> <input id="alt" name="alt" /> <button type="submit">Upload image</button>
      </form>
    </>
  );
}

export function EditProduct({ id }: { id: string }) {
  const loaded = useLoad(() => call(ProductPageDocument, { id }).then((d) => d.product), [id]);
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  if (loaded.loading && !loaded.data) return <Loading />;
  const product = loaded.data;
  if (!product) return <ErrorMessage error={loaded.error ?? new Error('No such product.')} />;
  const attempt = async (run: () => Promise<ProductDetailsFragment | null>, done: string) => {
    setError(undefined);
    setNote(undefined);
    try {
      const next = await run();
      if (next) loaded.set(next);
      setNote(done);
    } catch (thrown) {
      setError(thrown);
    }
  };
  const save: Submit = (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void attempt(
      () =>
        call(UpdateProductDocument, {
          // The version this form was loaded with: a change by someone else since then is a ConflictError.
          input: {
            id,
            expectedVersion: product.version,
            name: field(form, 'name'),
            description: field(form, 'description'),
            status: field(form, 'status') as ProductStatus,
          },
        }).then((d) => d.updateProduct),
      'Saved.',
    );
  };
  const adjust =
    (sku: string): Submit =>
    (event) => {
      event.preventDefault();
      const delta = Number(field(new FormData(event.currentTarget), 'delta'));
      void attempt(async () => {
        await call(AdjustStockDocument, { sku, delta });
        return (await call(ProductPageDocument, { id })).product;
      }, `Stock of ${sku} adjusted by ${delta}.`);
    };
  const upload: Submit = (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('image');
    if (!(file instanceof File) || !file.size) return setError(new Error('Choose an image file first.'));
    void attempt(() => uploadImage(product, file, field(form, 'alt')), 'Image uploaded.');
  };
  return (
    <>
      <h1>Edit {product.name}</h1>
      <p>
        Version {product.version} · <Link to="/admin/">Back to products</Link>
      </p>
      <form key={product.version} onSubmit={save} aria-label="Product details" className="stack">
        <label htmlFor="edit-name">Name</label>
        <input id="edit-name" name="name" defaultValue={product.name} required />
        <label htmlFor="edit-description">Description</label>
        <textarea id="edit-description" name="description" defaultValue={product.description ?? ''} />
        <label htmlFor="edit-status">Status</label>
        <select id="edit-status" name="status" defaultValue={product.status}>
          {PRODUCT_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <button type="submit">Save</button>
      </form>
      <p role="status">{note}</p>
      <ErrorMessage error={error} />
      {error ? (
        <button type="button" onClick={loaded.reload}>
          Reload the latest version
        </button>
      ) : null}
      <h2>Variants and stock</h2>
      <StockList variants={product.variants} adjust={adjust} />
      <h2>Images</h2>
      <Images images={product.images} upload={upload} />
    </>
  );
}
