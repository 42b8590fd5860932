// A country's name for an ISO 3166-1 alpha-2 code, from the browser's own
// data (no table to keep up to date); the code itself when it knows none.
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function countryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
