/**
 * Long tasks on the page's main thread (PerformanceObserver 'longtask': anything that held the UI
 * thread for 50 ms or more). Installed before the app's scripts run; a phase is measured between
 * two readings of the page clock. Issue 7: the UI thread must never block for more than 100 ms; the
 * import is held to it (XLSX is parsed in a worker, files hashed in small pieces), the build and the
 * export are reported only (the build still had 80–140 ms tasks on a 2-core machine: a duckdb-wasm
 * result handled in the page, and the review's first render).
 */
import type { BrowserContext, Page } from 'playwright-core';

interface LongTaskWindow {
  __longTasks?: { start: number; duration: number }[];
  /** Long animation frames with the scripts that ran in them: says what a long task was. */
  __longFrames?: { start: number; duration: number; scripts: string[] }[];
}

export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as LongTaskWindow;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks!.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    w.__longFrames = [];
    try {
      type Frame = PerformanceEntry & {
        renderStart?: number;
        styleAndLayoutStart?: number;
        scripts?: {
          invoker: string;
          sourceFunctionName: string;
          sourceURL: string;
          sourceCharPosition: number;
          duration: number;
          forcedStyleAndLayoutDuration?: number;
        }[];
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Frame[]) {
          const scripts = (e.scripts ?? [])
            .filter((s) => s.duration >= 20)
            .map(
              (s) =>
                `${s.invoker} ${s.sourceFunctionName || '?'} @${s.sourceURL.split('/').pop()}:${s.sourceCharPosition} ${Math.round(s.duration)} ms` +
                (s.forcedStyleAndLayoutDuration && s.forcedStyleAndLayoutDuration >= 10
                  ? ` (forced layout ${Math.round(s.forcedStyleAndLayoutDuration)} ms)`
                  : ''),
            );
          // What is not script: the frame's rendering (style and layout, paint) after its scripts ran.
          const render = e.renderStart ? e.startTime + e.duration - e.renderStart : 0;
          const layout = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
          if (render >= 20) scripts.push(`rendering ${Math.round(render)} ms (style, layout and paint ${Math.round(layout)} ms)`);
          w.__longFrames!.push({ start: e.startTime, duration: e.duration, scripts });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // Older Chromium: long tasks only.
    }
  });
}

export interface LongTaskPhase {
  name: string;
  /** Wall time of the phase, ms. */
  wall: number;
  /** Long tasks in the phase. */
  count: number;
  /** The longest one, ms (0 when none). */
  longest: number;
  /** Scripts of the long animation frames over 100 ms in the phase (what blocked). */
  culprits: string[];
}

/** Runs `work` and returns the long tasks that started while it ran. */
export async function measureLongTasks(page: Page, name: string, work: () => Promise<void>): Promise<LongTaskPhase> {
  const from = await page.evaluate(() => performance.now());
  await work();
  const to = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(([a, b]) => ((window as unknown as LongTaskWindow).__longTasks ?? []).filter((t) => t.start >= a! && t.start <= b!), [
    from,
    to,
  ] as const);
  const frames = await page.evaluate(
    ([a, b]) => ((window as unknown as LongTaskWindow).__longFrames ?? []).filter((f) => f.start >= a! && f.start <= b! && f.duration > 100),
    [from, to] as const,
  );
  return {
    name,
    wall: Math.round(to - from),
    count: tasks.length,
    longest: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    culprits: frames.flatMap((f) => f.scripts),
  };
}

export function describePhases(phases: LongTaskPhase[]): string {
  return phases
    .map(
      (p) =>
        `${p.name} ${p.wall} ms wall, ${p.count} long tasks, longest ${p.longest} ms${p.culprits.length ? ` (frames over 100 ms ran: ${p.culprits.join('; ')})` : ''}`,
    )
    .join('; ');
}
