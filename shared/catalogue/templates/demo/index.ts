// The demo workshop: Maison Lorand, a fictional family cider maker, filled in across all 14 steps.
import type { TemplateContent } from '../build';
import { bi } from '../build';
import { DEMO_ANSWERS } from './answers';
import { MEANS_CARDS } from './cards-means';
import { PLAN_CARDS } from './cards-plan';
import { TEAM_CARDS } from './cards-team';
import { WHY_CARDS } from './cards-why';

export const DEMO: TemplateContent = {
  title: bi('Démo : Maison Lorand, cidrerie familiale', 'Demo: Maison Lorand, family cider maker'),
  organisation: 'Maison Lorand',
  sector: bi('Agroalimentaire, boissons', 'Food and drink'),
  cards: [...WHY_CARDS, ...PLAN_CARDS, ...TEAM_CARDS, ...MEANS_CARDS],
  links: [
    { kind: 'answers', from: 'reb_budget', to: 'obj_budget' },
    { kind: 'answers', from: 'ev_forrester', to: 'obj_budget' },
    { kind: 'answers', from: 'reb_criticism', to: 'obj_criticism' },
    { kind: 'reaches', from: 'ch_instagram', to: 'p_gourmets' },
    { kind: 'reaches', from: 'ch_instagram', to: 'p_seasonal' },
    { kind: 'reaches', from: 'ch_linkedin', to: 'p_trade' },
    { kind: 'reaches', from: 'ch_linkedin', to: 'p_seasonal' },
    { kind: 'reaches', from: 'ch_google', to: 'p_gourmets' },
    { kind: 'serves', from: 'ch_instagram', to: 'o_sales' },
    { kind: 'serves', from: 'ch_instagram', to: 'o_awareness' },
    { kind: 'serves', from: 'ch_linkedin', to: 'o_recruiting' },
    { kind: 'serves', from: 'ch_google', to: 'o_sales' },
    { kind: 'serves', from: 'pil_orchard', to: 'o_awareness' },
    { kind: 'serves', from: 'pil_offers', to: 'o_sales' },
    { kind: 'measures', from: 'kpi_orders', to: 'o_sales' },
    { kind: 'measures', from: 'kpi_followers', to: 'o_awareness' },
    { kind: 'measures', from: 'kpi_reviews', to: 'o_awareness' },
    { kind: 'measures', from: 'kpi_applications', to: 'o_recruiting' },
    { kind: 'owns', from: 'res_camille', to: 'ch_instagram' },
    { kind: 'owns', from: 'res_camille', to: 'gov_owner' },
    { kind: 'owns', from: 'res_julien', to: 'ch_linkedin' },
    { kind: 'owns', from: 'res_service', to: 'ch_google' },
    { kind: 'owns', from: 'sh_ceo', to: 'gov_crisis' },
    { kind: 'owns', from: 'sh_ceo', to: 'risk_backlash' },
    { kind: 'owns', from: 'sh_legal', to: 'gov_charter' },
    { kind: 'owns', from: 'sh_sales', to: 'kpi_orders' },
    { kind: 'owns', from: 'sh_hr', to: 'kpi_applications' },
    { kind: 'mitigates', from: 'gov_feedback', to: 'sw_threat' },
    { kind: 'mitigates', from: 'cal_planb', to: 'risk_backlash' },
    { kind: 'mitigates', from: 'gov_crisis', to: 'risk_backlash' },
    { kind: 'relates', from: 'f_reviews', to: 'sw_threat' },
  ],
  answers: DEMO_ANSWERS,
  participants: [
    { name: 'Hélène Lorand', department: 'executive', role: bi('Directrice générale', 'Managing director'), stance: 'champion' },
    { name: 'Paul Lorand', department: 'executive', role: bi('Directeur financier', 'Finance director'), stance: 'skeptic' },
    {
      name: 'Camille Roux',
      department: 'communication',
      role: bi('Chargée de communication', 'Communication officer'),
      stance: 'champion',
    },
    { name: 'Julien Morel', department: 'hr', role: bi('Responsable RH', 'HR manager'), stance: 'champion' },
    { name: 'Nadia Benali', department: 'sales', role: bi('Directrice commerciale', 'Sales director'), stance: 'neutral' },
    { name: 'Marc Dupuis', department: 'legal', role: bi('Juriste', 'Legal counsel'), stance: 'skeptic' },
  ],
};
