export { exportPackage, nodeExportDeps, pdfDeps, PDF_ROUTE, type ExportOptions, type ExportSummary } from './export-package';
export { ExportCancelledError } from './atomic';
export { renderSvg, svgToPng } from './render';
export { createPngPool, type PngPool } from './png-pool';
