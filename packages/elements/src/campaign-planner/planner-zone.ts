// The planner's one time-zone control: platform, team, the viewer's own zone, or any IANA zone.
import { html, nothing, type TemplateResult } from 'lit';
import { isValidTimeZone, type Locale, type Plan } from '@campaign-planner/core';
import { viewerZone } from '../shared/display-zone.js';
import { t } from '../shared/ui-text.js';

/** The planner's zone choices besides a named zone. */
const PRESETS = ['platform', 'team', 'viewer'] as const;

/**
 * The zone a planner zone setting stands for, for its views: `viewer` becomes the browser's zone.
 *
 * @example
 * viewZone('viewer') //=> 'Asia/Shanghai' (in a browser in China)
 */
export function viewZone(zone: string): string {
  return zone === 'viewer' ? viewerZone() : zone;
}

/**
 * The zone control: a select of the presets and "other", and, for another zone, a text box that takes any
 * IANA name (suggested from the browser's list). An unknown name is reported, not applied.
 *
 * @example
 * zoneControl(plan, 'en', 'team', (zone) => (this.timeZone = zone))
 */
export function zoneControl(plan: Plan | undefined, locale: Locale, zone: string, onChange: (zone: string) => void): TemplateResult {
  const l = locale;
  const preset = (PRESETS as readonly string[]).includes(zone);
  const valid = preset || isValidTimeZone(zone);
  const label = (p: (typeof PRESETS)[number]) =>
    p === 'platform'
      ? `${t(l, 'platformTime')}${plan ? ` (${plan.platformTimeZone})` : ''}`
      : p === 'team'
        ? `${t(l, 'teamTime')}${plan ? ` (${plan.teamTimeZone})` : ''}`
        : `${t(l, 'viewerTime')} (${viewerZone()})`;
  const onSelect = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    onChange(value === 'other' ? (preset ? viewerZone() : zone) : value);
  };
  const onText = (e: Event) => {
    const value = (e.target as HTMLInputElement).value.trim();
    if (value) onChange(value);
  };
  return html`<span class="zone" role="group" aria-label=${t(l, 'displayZone')}>
    <label
      >${t(l, 'displayZone')}
      <select data-zone @change=${onSelect}>
        ${PRESETS.map((p) => html`<option value=${p} ?selected=${zone === p}>${label(p)}</option>`)}
        <option value="other" ?selected=${!preset}>${t(l, 'otherZone')}…</option>
      </select></label
    >
    ${
      preset
        ? nothing
        : html`<label class="zone-name"
            ><span class="sr-only">${t(l, 'otherZone')}</span>
            <input data-zone-name list="cp-zones" .value=${zone} @change=${onText} aria-invalid=${String(!valid)} size="18" />
            <datalist id="cp-zones">${supportedZones().map((z) => html`<option value=${z}></option>`)}</datalist></label
          >`
    }
    ${valid ? nothing : html`<span class="zone-problem" role="alert">${t(l, 'invalidZone')} “${zone}”: ${t(l, 'showingPlatform')}</span>`}
  </span>`;
}

let zones: string[] | undefined;
function supportedZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return (zones ??= intl.supportedValuesOf?.('timeZone') ?? []);
}
