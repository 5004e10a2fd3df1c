import { describe, expect, it } from 'vitest';
import { addErrorBars, chartParts, dropEmptyPoints, errBarsXml } from '../../../shared/export/pptx-charts';
import { axisMax } from '../../../shared/export/pptx';

const ser = (pts: string) =>
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:dLbls/><c:cat><c:strRef/></c:cat><c:val><c:numRef><c:numCache><c:ptCount val="3"/>${pts}</c:numCache></c:numRef></c:val></c:ser>`;

describe('native chart XML patches', () => {
  it('error bars: plus = upper − value, minus = value − lower, 0 where no interval; before c:cat', () => {
    const xml = errBarsXml({ values: [10, null, 4], points: [[8, 13], null, [3.5, 4.25]] }, 'bar')!;
    expect(xml).not.toContain('errDir');
    expect(xml).toContain('<c:errValType val="cust"/>');
    expect(xml).toContain(
      '<c:plus><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>3</c:v></c:pt><c:pt idx="1"><c:v>0</c:v></c:pt><c:pt idx="2"><c:v>0.25</c:v></c:pt></c:numLit></c:plus>',
    );
    expect(xml).toContain(
      '<c:minus><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>2</c:v></c:pt><c:pt idx="1"><c:v>0</c:v></c:pt><c:pt idx="2"><c:v>0.5</c:v></c:pt></c:numLit></c:minus>',
    );
    expect(errBarsXml({ values: [1], points: [[0, 2]] }, 'line')).toContain('<c:errDir val="y"/>');
    expect(errBarsXml({ values: [1], points: [null] }, 'bar')).toBeNull();
    const patched = addErrorBars(ser('') + ser(''), {
      kind: 'bar',
      series: [
        { values: [1], points: [[0, 2]] },
        { values: [1], points: [null] },
      ],
    });
    expect(patched.match(/<c:errBars>/g)).toHaveLength(1);
    expect(patched.indexOf('<c:errBars>')).toBeLessThan(patched.indexOf('<c:cat>'));
  });

  it('a suppressed cell becomes a blank point, never an empty number', () => {
    const xml = dropEmptyPoints(ser('<c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt>'));
    expect(xml).not.toContain('<c:v></c:v>');
    expect(xml).toContain('<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2">');
  });

  it('charts in creation order (pptxgenjs numbers them with a process-wide counter)', () => {
    const files = {
      'ppt/charts/chart12.xml': new Uint8Array(),
      'ppt/charts/chart9.xml': new Uint8Array(),
      'ppt/charts/_rels/chart9.xml.rels': new Uint8Array(),
    };
    expect(chartParts(files)).toEqual(['ppt/charts/chart9.xml', 'ppt/charts/chart12.xml']);
  });

  it('the value axis reaches above the highest interval (PowerPoint ignores error bars when scaling)', () => {
    expect(axisMax([18, 19.9, 12])).toBe(25);
    expect(axisMax([444, 497])).toBe(600);
    expect(axisMax([0.9, null])).toBe(1);
    expect(axisMax([null, 0])).toBeUndefined();
  });
});
