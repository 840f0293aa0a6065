import type { TemplateInput } from '../../schemas/template.js';
import { aliexpress1111 } from './aliexpress-11-11/template.js';
import { aliexpress1212 } from './aliexpress-12-12/template.js';
import { aliexpress328 } from './aliexpress-328/template.js';
import { aliexpressBlackFriday } from './aliexpress-black-friday/template.js';
import { aliexpressBrandWeek } from './aliexpress-brand-week/template.js';
import { aliexpressChristmasNewYear } from './aliexpress-christmas-new-year/template.js';
import { aliexpressRamadan } from './aliexpress-ramadan/template.js';
import { storeAnniversary } from './store-anniversary/template.js';

/** The built-in templates, in the order `listTemplates` shows them (the season's order after the 11.11 pair). */
export const BUILTIN_TEMPLATES: readonly TemplateInput[] = [
  aliexpress1111,
  aliexpressBlackFriday,
  aliexpress1212,
  aliexpressChristmasNewYear,
  aliexpressRamadan,
  aliexpress328,
  storeAnniversary,
  aliexpressBrandWeek,
];
