/**
 * A whole number with comma thousands separators ("4,194,304"), as `toLocaleString('en-US')`
 * writes it. Written out because the first `toLocaleString` call in a page loads ICU's number
 * formatter: tens of milliseconds on a phone, spent while the page starts.
 */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n);
  const digits = String(Math.abs(r));
  // Numbers from 1e21 print in exponent form; leave those to the platform.
  if (digits.includes('e')) return r.toLocaleString('en-US');
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return r < 0 ? `-${out}` : out;
}
