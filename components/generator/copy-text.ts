/**
 * Puts text on the clipboard. Resolves to false instead of throwing when the browser refuses
 * (no permission, insecure context), so the card can tell the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
