import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptDyslexicFont } from './features/reader/dyslexicFont';
import { ApiContext, bridgeApi } from './lib/api';
import './styles/themes.css';
import './styles/base.css';

// The reading settings show each typeface in its own face, the bundled one too.
adoptDyslexicFont(document);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={bridgeApi()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
