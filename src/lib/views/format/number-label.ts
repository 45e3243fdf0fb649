const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number as readers see it, with thousands separators and a fixed locale: 12000 → "12,000". */
export function numberLabel(value: number): string {
  return NUMBER.format(value);
}
