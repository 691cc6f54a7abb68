// Fetches the connection at run time (one build for any port or stage), configures Amplify, renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureShop, type ShopOutputs } from '../../index.ts';
import { App } from './app.tsx';
import { SessionProvider } from './session.tsx';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

async function boot(): Promise<void> {
  const response = await fetch('/shop/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /shop/config.json answered ${response.status}`);
  configureShop((await response.json()) as ShopOutputs);
  root.render(
    <StrictMode>
      <SessionProvider>
        <App />
      </SessionProvider>
    </StrictMode>,
  );
}

boot().catch((error: unknown) => {
  root.render(<p role="alert">The shop could not start: {error instanceof Error ? error.message : String(error)}</p>);
});
