import { useEffect, useState } from 'react';
import { useT } from '../../app/messages';
import { renderChartSvg } from './render-chart';

/**
 * A chart as an <img> of the SVG the chart worker rendered. The text alternative is the chart's
 * title and key message; the table beside it holds the numbers.
 */
export function ChartView({ spec, alt }: { spec: Record<string, unknown>; alt: string }) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(spec);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    setFailed(false);
    renderChartSvg(spec).then(
      (svg) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setUrl(objectUrl);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
    // The spec's content, not its identity, decides a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (failed) return <p className="muted">{t('gennemsyn.chartFailed')}</p>;
  return url ? <img className="chart" src={url} alt={alt} data-testid="chart" /> : <div className="chart placeholder" aria-busy="true" />;
}
