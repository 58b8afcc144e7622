// Calendar arithmetic shared by the date parsers and refiners; every date is a UTC noon.

export const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export const isoMonth = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

export function shift(d: Date, step: "week" | "year", sign: number): Date {
  const out = new Date(d);
  if (step === "week") out.setUTCDate(out.getUTCDate() + 7 * sign);
  else out.setUTCFullYear(out.getUTCFullYear() + sign);
  return out;
}

export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
