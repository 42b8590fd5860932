// The clipboard where the browser offers it. It does not on a plain-http
// address other than localhost (no secure context), so callers fall back to
// showing the text selected for the person to copy.
export async function copyText(text: string): Promise<boolean> {
  if (!window.isSecureContext || !navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
