// The starting points offered when creating a workshop; ids are the host's template ids.
import type { MessageKey } from '../../i18n';

export interface TemplateChoice {
  id: string | null;
  label: MessageKey;
}

export const TEMPLATE_CHOICES: TemplateChoice[] = [
  { id: null, label: 'template.blank' },
  { id: 'local_shop', label: 'template.local_shop' },
  { id: 'b2b_services', label: 'template.b2b_services' },
  { id: 'employer_brand', label: 'template.employer_brand' },
];
