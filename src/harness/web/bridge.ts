import { createApi } from '../../shared/ipc/createApi';
import { httpTransport } from './httpTransport';

// The harness's stand-in for the preload: the same window.archive, built from the same contract.
window.archive = createApi(httpTransport());
