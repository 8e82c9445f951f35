import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { StoresProvider } from './app/stores-context';
import { connectDocket } from './client/docket-client';
import { initI18n } from './i18n/i18n';
import { createTillStores } from './stores/till-stores';
import './styles.css';

// The language chosen last on this till (localStorage), English the first time.
const i18n = initI18n();
document.documentElement.lang = i18n.language;

const stores = createTillStores(connectDocket());
stores.start();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>
    </I18nextProvider>
  </StrictMode>,
);
