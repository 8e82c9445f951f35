import type { DocketApi } from '../../shared/contract/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in a plain browser. */
    docket?: DocketApi;
  }
}

export {};
