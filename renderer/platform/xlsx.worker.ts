/**
 * XLSX parsing off the UI thread: exceljs reads the whole workbook and shared/import/xlsx.ts turns
 * the sheet into Arrow IPC — the same function the command line runs in-thread — which took
 * 120–240 ms of the page's thread for a 2,000-row workbook on a 2-core machine, and grows with the
 * sheet. The bytes come as a Blob (a picked File, read here) or as a transferred buffer.
 */
import { xlsxToArrowIpc } from '../../shared/import/xlsx';
import { ownBuffer } from './worker-client';

export type XlsxRequest = { id: number; file: Blob | Uint8Array; sheet?: string };
export type XlsxResponse = { id: number; value: Uint8Array | null } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<XlsxRequest>) => {
  const { id, file, sheet } = event.data;
  try {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    const ipc = await xlsxToArrowIpc(bytes, sheet);
    postMessage({ id, value: ipc } satisfies XlsxResponse, { transfer: ipc ? ownBuffer(ipc) : [] });
  } catch (err) {
    postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies XlsxResponse);
  }
};
