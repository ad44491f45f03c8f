/**
 * Feed strings become links only when they are http(s), mailto or tel URLs. Everything else
 * (`javascript:`, `data:`, relative junk) is shown as text, never as a link.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeHref(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `mailto:` link for an address that looks like one (no header injection: `?`, `&` and line breaks refused). */
export function mailHref(email: string | null | undefined): string | undefined {
  const address = email?.trim();
  return address && /^[^\s@?&]+@[^\s@?&]+\.[^\s@?&]+$/.test(address) ? `mailto:${address}` : undefined;
}

/** `tel:` link from a written number, reduced to digits and a leading +: "0391 / 8 36 41-11" → `tel:03918364111`. */
export function telHref(phone: string | null | undefined): string | undefined {
  const trimmed = phone?.trim() ?? '';
  const digits = trimmed.replace(/(?!^\+)[^\d]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** True for links that leave the current site (shown with an "external" hint). */
export function isExternal(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
  } catch {
    return false;
  }
}
