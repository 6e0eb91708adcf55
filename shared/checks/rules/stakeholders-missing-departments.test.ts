// Tests for the stakeholders.missing_departments rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, participant } from '../test-kit';
import { stakeholdersMissingDepartments } from './stakeholders-missing-departments';

describe('stakeholders.missing_departments', () => {
  it('lists the departments nobody represents', () => {
    const cards = [card('stakeholder', { department: 'legal' }), card('stakeholder', { department: 'marketing' })];
    const [f] = stakeholdersMissingDepartments.run(input({ cards, participants: [participant('Paul', 'RH')] }));
    expect(f?.quickFix).toEqual({ kind: 'add_stakeholders', departments: ['it', 'sales', 'executive'] });
    expect(f?.message.en).toContain('IT, sales, executive committee');
  });
  it('stays quiet when all five are there, from cards or participants', () => {
    const cards = ['legal', 'it', 'hr'].map((department) => card('stakeholder', { department }));
    const participants = [participant('Chloé', 'Ventes'), participant('Jean', 'Direction générale')];
    expect(stakeholdersMissingDepartments.run(input({ cards, participants }))).toEqual([]);
  });
});
