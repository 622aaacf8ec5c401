const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: (month ?? 1) - 1, day: day ?? 1 };
}

/** "23–24 January 2017", "28 February – 1 March 2017" or "6 February 2017"; dates are calendar days, never shifted by time zone. */
export function formatDateRange(start: string, end?: string): string {
  const a = parts(start);
  if (!end || end === start) return `${a.day} ${months[a.month]} ${a.year}`;
  const b = parts(end);
  if (a.year !== b.year) return `${a.day} ${months[a.month]} ${a.year} – ${b.day} ${months[b.month]} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${months[a.month]} – ${b.day} ${months[b.month]} ${b.year}`;
  return `${a.day}–${b.day} ${months[a.month]} ${a.year}`;
}

