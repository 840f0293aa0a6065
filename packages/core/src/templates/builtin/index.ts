import type { TemplateInput } from '../../schemas/template.js';
import { aliexpress1111 } from './aliexpress-11-11.js';

/** The built-in templates, in the order `listTemplates` shows them. */
export const BUILTIN_TEMPLATES: readonly TemplateInput[] = [aliexpress1111];
