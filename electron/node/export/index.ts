export { exportPackage, renderAssets, PDF_ROUTE, type ExportOptions, type ExportSummary } from './export-package';
export { withCharts } from '../../../shared/export/with-charts';
export { ExportCancelledError } from './atomic';
export { renderSvg, svgToPng } from './render';
