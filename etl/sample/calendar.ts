// Dates as whole day numbers since 1970-01-01 (UTC): cheap to draw, compare and sort.
export const DAY_MS = 86_400_000;
export const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const yearStart = (year: number) => toDay(`${year}-01-01`);
export const monthStart = (day: number) => toDay(`${isoOf(day).slice(0, 7)}-01`);
