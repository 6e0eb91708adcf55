// The starting points offered when creating a workshop: blank, or one of the catalogue's sector templates.
import { TEMPLATES, type Text } from '../../../shared/catalogue';

export interface TemplateChoice {
  id: string;
  label: Text;
  description?: Text;
}

/** The demo is created once at first start; the sector templates are the real starting points. */
export const TEMPLATE_CHOICES: TemplateChoice[] = TEMPLATES.filter((t) => t.id !== 'demo').map(({ id, label, description }) => ({
  id,
  label,
  description,
}));
