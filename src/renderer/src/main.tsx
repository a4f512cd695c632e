import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiContext, bridgeApi } from './lib/api';
import './styles/themes.css';
import './styles/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={bridgeApi()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
