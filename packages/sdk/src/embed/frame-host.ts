// /cdn/v1/embed-frame.js — for a commune page that embeds Một Cửa widgets as iframes
// (/embed/<widget>?unit=…) and may keep one small script: each such iframe takes the height its
// page reports (postMessage from /embed/frame.js), so there is no inner scroll bar and no gap.
// Only messages from the iframe's own window and origin are taken. Without this script the
// iframe keeps the height written in the snippet.
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'motcua:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
    // Through the CSSOM: a strict style-src without 'unsafe-inline' allows it. The reported
    // height is the content's: with the page's box-sizing: border-box, the borders come on top.
    const css = getComputedStyle(frame);
    const edges = css.boxSizing === 'border-box' ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce((sum, k) => sum + parseFloat(css[k as 'paddingTop']), 0) : 0;
    frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 80), 20000) + edges}px`;
    return;
  }
});
