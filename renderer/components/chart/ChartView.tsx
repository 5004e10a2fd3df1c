import { useEffect, useId, useState } from 'react';
import { useT } from '../../app/messages';
import { renderChartSvg } from './render-chart';

/**
 * Makes the ids of one SVG unique in the page (clip paths, gradients, hatch patterns), so several
 * charts inlined side by side never borrow each other's definitions.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}

/**
 * A chart as the SVG the chart worker rendered, inlined so it is drawn with the app's own font (an
 * SVG in an <img> cannot use the page's fonts and falls back to a serif). It is one image to
 * assistive technology: its text alternative is the title and key message; the table holds the
 * numbers.
 */
export function ChartView({ id, spec, alt }: { id?: string; spec: Record<string, unknown>; alt: string }) {
  const t = useT();
  const prefix = `c${useId().replace(/\W/g, '')}-`;
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(spec);
  useEffect(() => {
    let live = true;
    setFailed(false);
    renderChartSvg(spec).then(
      (rendered) => live && setSvg(scopeSvgIds(rendered, prefix)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
    // The spec's content, not its identity, decides a re-render.
  }, [key]);
  if (failed)
    return (
      <p className="muted" data-testid="chart-failed" data-chart-id={id}>
        {t('gennemsyn.chartFailed')}
      </p>
    );
  // The SVG is vega's own output for the app's own spec (vega escapes every text it draws).
  return svg ? (
    <div className="chart" role="img" aria-label={alt} data-testid="chart" data-chart-id={id} dangerouslySetInnerHTML={{ __html: svg }} />
  ) : (
    <div className="chart placeholder" aria-busy="true" />
  );
}
