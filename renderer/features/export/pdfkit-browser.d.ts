// pdfkit's browser build (browserify standalone: Buffer, zlib and fontkit inside) and svg-to-pdfkit
// ship no typings usable here (@types/pdfkit pulls in Node's types); these are the calls we make.
declare module 'pdfkit/js/pdfkit.standalone.js' {
  const PDFDocument: new (options: Record<string, unknown>) => unknown;
  export default PDFDocument;
}

declare module 'svg-to-pdfkit' {
  export default function SVGtoPDF(doc: unknown, svg: string, x: number, y: number, options?: Record<string, unknown>): void;
}
