// First: must run before the shared contract's zod schemas are built (see the module).
import './lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import 'ag-grid-community/styles/ag-grid.css';
import 'ag-grid-community/styles/ag-theme-quartz.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/grid.css';
import './styles/print.css';
import { initTransport } from './ipc/client';
import { App } from './app/App';

// The host's secret sits in the URL fragment: take it before any routing reads the hash.
initTransport();
ModuleRegistry.registerModules([AllCommunityModule]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
