/**
 * Scanning exported bytes for what must never be in them: person ids and URLs that a viewer would
 * fetch. Zip containers (PPTX, XLSX) are scanned entry by entry after unzipping.
 */
import { unzipSync } from 'fflate';

/** Namespace and schema identifiers inside SVG, OOXML and PDF metadata: names, never fetched. */
const NAMESPACE_HOSTS = ['www.w3.org', 'schemas.openxmlformats.org', 'schemas.microsoft.com', 'purl.org', 'ns.adobe.com'];

export interface Finding {
  file: string;
  what: string;
}

function texts(file: string, bytes: Uint8Array): { name: string; text: string }[] {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) return [{ name: file, text: new TextDecoder('latin1').decode(bytes) }];
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name: `${file}!${name}`, text: new TextDecoder('utf-8').decode(data) }));
}

export function scanBytes(file: string, bytes: Uint8Array, personIds: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const { name, text } of texts(file, bytes)) {
    for (const id of personIds) if (text.includes(id)) findings.push({ file: name, what: `person id ${id}` });
    for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
      if (!NAMESPACE_HOSTS.includes(m[1]!.toLowerCase())) findings.push({ file: name, what: `URL ${m[0]}` });
    }
  }
  return findings;
}
