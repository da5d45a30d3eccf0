/** Accepts "42,5" as well as "42.5": Dutch writes a decimal comma. Null when it is not a positive number. */
export function parseFte(text: string): number | null {
  const trimmed = text.trim();
  const value = Number(trimmed.replace(',', '.'));
  return trimmed !== '' && Number.isFinite(value) && value > 0 ? value : null;
}

/** "Team Noord, Team Zuid" → ["Team Noord", "Team Zuid"]; empty pieces are dropped. */
export function splitUnits(text: string): string[] {
  return text
    .split(',')
    .map((unit) => unit.trim())
    .filter((unit) => unit.length > 0);
}
