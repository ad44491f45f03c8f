// dist/cdn/kgc-embed-host.js: on the host page, keeps every <iframe data-kgc-embed> as tall as its content.
// Accepts a height only from the iframe's own window and origin.
import { isResizeMessage } from '../embed/protocol.js';

window.addEventListener('message', (event) => {
  if (!isResizeMessage(event.data)) return;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>('iframe[data-kgc-embed]')) {
    if (iframe.contentWindow !== event.source) continue;
    let origin: string;
    try {
      origin = new URL(iframe.src, location.href).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
    iframe.style.height = `${Math.max(0, Math.min(event.data.height, 100000))}px`;
    return;
  }
});
