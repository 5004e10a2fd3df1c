import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { TRACK_IDS } from '../../../shared/contract/datapakke';
import { samplePackage } from '../../fixtures/datapakke/sample-package';

const schema = JSON.parse(readFileSync(new URL('../../golden/schemas/datapakke.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

describe('datapakke fixture', () => {
  it.each(TRACK_IDS)('%s is valid against the datapakke schema', (track) => {
    const pkg = samplePackage(track);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('has the planted truths the chart tests rely on', () => {
    const pkg = samplePackage('kol');
    const prev = pkg.sections[0]!.indicators[0]!;
    const womenUnknown = prev.rows!.find((r) => r.strata.education === 'ukendt' && r.strata.sex === 'K' && Object.keys(r.strata).length === 2);
    expect(womenUnknown?.suppressed).toBe(true);
    expect(prev.rows!.find((r) => r.strata.municipality === 727)?.suppressed).toBe(true);
    expect(pkg.sections.flatMap((s) => s.indicators).some((i) => i.available === false)).toBe(true);
  });
});
