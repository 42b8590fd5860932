// What the browser benchmark installs in the page before the app's own
// scripts (page.addInitScript). Plain JavaScript in a string: it runs in
// Chromium, not in Node, and a function handed over from tsx would carry
// tsx's helpers with it.
//
// window.__chronicleBench:
// - firstItem: ms from navigation start to the first animation frame in which
//   a timeline item (an event or a density bar) is drawn and visible, also
//   left as the performance mark "chronicle:first-timeline-item";
// - start() / stop(): record every animation frame's timestamp and the long
//   animation frames (PerformanceObserver) in between;
// - maxItems: the most items the app handed to vis-timeline (the canvas's
//   data-items), maxDrawn: the most .vis-item elements in the page at once,
//   sampled every 250 ms; visited: the widest window the URL showed.

export interface ProbeRecording {
  frames: number[];
  longFrames: { duration: number; blocking: number }[];
  maxItems: number;
  maxDrawn: number;
  /** First and last day of all the windows the URL showed while recording. */
  visited: { from: string | null; to: string | null };
}

export const PROBE_SCRIPT = String.raw`(() => {
  const ITEM = '.timeline-vis .vis-item';
  const probe = {
    firstItem: null, recording: false, frames: [], longFrames: [], maxItems: 0, maxDrawn: 0, visited: { from: null, to: null },
  };
  window.__chronicleBench = probe;

  const drawn = () => {
    const item = document.querySelector(ITEM);
    return item !== null && item.checkVisibility({ visibilityProperty: true }) && item.getBoundingClientRect().width > 0;
  };
  let waiting = false;
  const firstItem = new MutationObserver(() => {
    if (waiting || !document.querySelector(ITEM)) return;
    waiting = true;
    requestAnimationFrame(function check() {
      if (!drawn()) return requestAnimationFrame(check);
      probe.firstItem = performance.now();
      performance.mark('chronicle:first-timeline-item');
      firstItem.disconnect();
    });
  });
  firstItem.observe(document, { childList: true, subtree: true });

  const readItems = (canvas) => { probe.maxItems = Math.max(probe.maxItems, Number(canvas.dataset.items) || 0); };
  new MutationObserver((records) => { for (const record of records) readItems(record.target); })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-items'] });

  new PerformanceObserver((list) => {
    if (!probe.recording) return;
    for (const entry of list.getEntries()) probe.longFrames.push({ duration: entry.duration, blocking: entry.blockingDuration });
  }).observe({ type: 'long-animation-frame' });

  let sampler;
  const sample = () => {
    probe.maxDrawn = Math.max(probe.maxDrawn, document.querySelectorAll(ITEM).length);
    const query = new URLSearchParams(location.search);
    const from = query.get('from');
    const to = query.get('to');
    if (from && (!probe.visited.from || from < probe.visited.from)) probe.visited.from = from;
    if (to && (!probe.visited.to || to > probe.visited.to)) probe.visited.to = to;
  };
  probe.start = () => {
    Object.assign(probe, { recording: true, frames: [], longFrames: [], maxItems: 0, maxDrawn: 0, visited: { from: null, to: null } });
    const canvas = document.querySelector('.timeline-canvas[data-items]');
    if (canvas) readItems(canvas);
    sampler = setInterval(sample, 250);
    requestAnimationFrame(function tick(time) {
      if (!probe.recording) return;
      probe.frames.push(time);
      requestAnimationFrame(tick);
    });
  };
  probe.stop = () => {
    probe.recording = false;
    clearInterval(sampler);
    sample();
    return { frames: probe.frames, longFrames: probe.longFrames, maxItems: probe.maxItems, maxDrawn: probe.maxDrawn, visited: probe.visited };
  };
})();`;
