import type { TemplateInput } from '../../schemas/template.js';
import { aliexpress1111 } from './aliexpress-11-11/template.js';
import { aliexpress328 } from './aliexpress-328/template.js';
import { aliexpressBlackFriday } from './aliexpress-black-friday/template.js';

/** The built-in templates, in the order `listTemplates` shows them. */
export const BUILTIN_TEMPLATES: readonly TemplateInput[] = [aliexpress1111, aliexpressBlackFriday, aliexpress328];
