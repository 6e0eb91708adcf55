// Which concerned cards get a chip: at most `max`, unless a single one would be left over ("and 1 more" helps nobody).
export function chipsOf<T>(cards: readonly T[], max: number): { shown: readonly T[]; more: number } {
  if (cards.length <= max + 1) return { shown: cards, more: 0 };
  return { shown: cards.slice(0, max), more: cards.length - max };
}
