/**
 * What HTML volunteers' Markdown may contain: GitHub's own allow-list (no scripts, event
 * handlers, iframes, forms or styles), which is what they see in GitHub's preview.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

export const sanitizeSchema: Options = {
  ...defaultSchema,
  // No form controls at all (GitHub allows task-list checkboxes; this site has no use for them).
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
