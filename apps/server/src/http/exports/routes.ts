// GET /timelines/<slug>/export.timelinejs.json | export.csv | export.ics:
// the timeline as readers see it, narrowed by the same query parameters as
// the web app's URL. Public data, so any origin may fetch it (TimelineJS
// hosted elsewhere can load the JSON address directly).
import type { Database } from '@chronicle/db';
import express from 'express';
import { GraphQLError } from 'graphql';
import { toCsv } from '../../export/csv.ts';
import type { ExportedTimeline } from '../../export/exported-timeline.ts';
import { toIcs } from '../../export/ics.ts';
import { toTimelineJs } from '../../export/timelinejs.ts';
import { originOf } from '../links.ts';
import { createExportGate, ExportsBusy } from './export-gate.ts';
import { ExportQueryError } from './export-query.ts';
import { loadPublishedTimeline } from './published-timeline.ts';

interface Format {
  suffix: string;
  contentType: string;
  render(timeline: ExportedTimeline): string;
}

const FORMATS: Format[] = [
  { suffix: 'timelinejs.json', contentType: 'application/json; charset=utf-8', render: (t) => JSON.stringify(toTimelineJs(t), null, 2) },
  { suffix: 'csv', contentType: 'text/csv; charset=utf-8; header=present', render: toCsv },
  { suffix: 'ics', contentType: 'text/calendar; charset=utf-8', render: toIcs },
];

function sendError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The status and code of an error the export can explain; null for anything else. */
function explain(error: unknown): { status: number; code: string; message: string } | null {
  if (error instanceof ExportsBusy) return { status: 503, code: 'EXPORTS_BUSY', message: error.message };
  if (error instanceof ExportQueryError) return { status: 400, code: 'BAD_USER_INPUT', message: error.message };
  if (error instanceof GraphQLError) {
    const { code } = error.extensions;
    if (code === 'BAD_USER_INPUT') return { status: 400, code, message: error.message };
    if (code === 'NOT_FOUND') return { status: 404, code, message: error.message };
  }
  return null;
}

/** Per process: two exports rendered at once, twenty waiting (measured: one 20,000-event iCalendar export is ~15 s and ~350 MB). */
const EXPORT_LIMITS = { concurrent: 2, queued: 20 };

export function exportRoutes(db: Database, limits = EXPORT_LIMITS): express.Router {
  const router = express.Router();
  const gate = createExportGate(limits);
  for (const format of FORMATS) {
    router.get(`/timelines/:slug/export.${format.suffix}`, async (req, res, next) => {
      const slug = req.params.slug;
      res.setHeader('Access-Control-Allow-Origin', '*');
      try {
        const query = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
        const rendered = await gate.run(async () => {
          const timeline = await loadPublishedTimeline(db, slug, query, originOf(req));
          return timeline && { filtered: timeline.filtered, body: format.render(timeline) };
        });
        if (!rendered) return sendError(res, 404, 'NOT_FOUND', `There is no timeline "${slug}".`);
        const filename = `${slug}${rendered.filtered ? '-filtered' : ''}.${format.suffix}`;
        res.setHeader('Content-Type', format.contentType);
        res.setHeader('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
        res.send(rendered.body);
      } catch (error) {
        if (error instanceof ExportsBusy) res.setHeader('Retry-After', String(error.retryAfterSeconds));
        const known = explain(error);
        if (known) return sendError(res, known.status, known.code, known.message);
        next(error);
      }
    });
  }
  return router;
}
