import { describe, expect, it } from 'vitest';
import { importMetricsCSV } from './metrics-csv.js';
import { targetsPlan } from '../targets/__fixtures__/targets-plan.js';
import { currentFigures, metricActual } from '../targets/actuals.js';

const at = new Date('2026-11-03T01:00:00Z');

describe('importMetricsCSV', () => {
  const plan = targetsPlan();
  it('reads a daily dashboard sheet (English or Chinese headers) into metric events at 23:59 platform time', () => {
    const sheet =
      '\uFEFFdate,visitors,加购数,GMV,conversion rate,spend:ads,直通车花费\r\n2026-10-31,"1,200",310,2450.50,3.5%,,\r\n2026-11-01,1300,,,,120.00,\r\n';
    const r = importMetricsCSV(sheet, plan, { by: 'mei', at });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const byMetric = Object.fromEntries(r.events.filter((e) => e.refersTo.toISOString().startsWith('2026-11-01T06:59')).map((e) => [e.metric, e.value]));
    // Across the Nov 1 change in Los Angeles: Oct 31 23:59 PDT is 06:59 UTC, Nov 1 23:59 PST is 07:59 UTC.
    expect(byMetric).toEqual({ visitors: 1200, 'add-to-cart': 310, gmv: 245_050, 'conversion-rate': '0.035' });
    const nov2 = r.events.filter((e) => e.refersTo.toISOString() === '2026-11-02T07:59:00.000Z');
    expect(nov2.map((e) => [e.metric, e.value, e.scope.channel])).toEqual([
      ['visitors', 1300, undefined],
      ['spend', 12_000, 'ads'],
    ]);
    expect(metricActual(plan, currentFigures(r.events), 'visitors', { phase: 'warm-up' }, new Date('2026-11-04T00:00:00Z'))).toBe(2500);
  });
  it('reports every problem with line and column, and imports nothing', () => {
    const r = importMetricsCSV('date,visitors,conversion-rate,gmv\n2026-11-01,12.5,3.5,1\n11/02/2026,1,1%,1\n2026-11-03,1,1%,1.999\n', plan, { by: 'mei', at });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => `${i.line}:${i.column}`)).toEqual(['2:visitors', '2:conversion-rate', '3:date', '4:gmv']);
  });
  it('names an unknown column and lists the known ones', () => {
    const r = importMetricsCSV('date,clicks\n2026-11-01,5\n', plan, { by: 'mei', at });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.message).toMatch(/unknown column "clicks", expected date, .*visitors/);
  });
});
