/*
 * An example host page's script, free of inline code so the page runs under a strict
 * CSP: it frames the map with the Embed dialog's attributes, logs what the map sends
 * (as text), and sends commands from its buttons or from `window.host.send(...)`.
 */
(() => {
  const params = new URLSearchParams(window.location.search);
  const src = params.get('src');
  if (!src) throw new Error('host.html needs ?src= the map’s address');
  // The Embed dialog's sandbox, unless the page asks for another (`sandbox=none`: none).
  const sandbox =
    params.get('sandbox') ??
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  // A frame sandboxed without allow-same-origin runs in an opaque origin: its messages
  // come from the origin "null", and messages to it can only be addressed to "*".
  const opaque = sandbox !== 'none' && !sandbox.split(/\s+/).includes('allow-same-origin');
  const frameOrigin = opaque ? 'null' : new URL(src).origin;
  const targetOrigin = opaque ? '*' : frameOrigin;
  // WordPress's embeds: a secret in the frame's address, which its height messages echo.
  const secret = params.get('secret');

  const frame = document.createElement('iframe');
  frame.src = secret ? `${src}#?secret=${secret}` : src;
  frame.title = 'Interactive map: the withdrawal of MINUSMA from Mali, 2023';
  frame.width = '100%';
  frame.height = '720';
  frame.loading = params.get('loading') ?? 'lazy';
  frame.allow = 'fullscreen';
  if (sandbox !== 'none') frame.setAttribute('sandbox', sandbox);
  if (secret) frame.dataset.secret = secret;
  // `spacer=1`: the frame starts far below the fold, where a lazy frame waits.
  if (params.get('spacer') === '1') document.getElementById('spacer').hidden = false;
  const width = Number(params.get('width'));
  if (width > 0) frame.style.width = `${width}px`;
  const fit = params.get('fit') === '1';
  document.getElementById('frame-slot').append(frame);

  const received = [];
  const log = document.getElementById('log');

  window.addEventListener('message', (event) => {
    // Only the map's own frame, from the map's own origin.
    if (event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const data = event.data;
    received.push(data);
    const item = document.createElement('li');
    item.textContent = JSON.stringify(data);
    log.append(item);
    if (fit && data && data.type === 'minusma:height' && data.height > 0 && data.height < 20000)
      frame.style.height = `${Math.ceil(data.height)}px`;
    // What WordPress's wp-embed.js does with its own message: only for its secret.
    if (secret && data && data.message === 'height' && data.secret === secret) {
      const height = Math.min(Math.max(Number(data.value), 200), 1000);
      if (Number.isFinite(height)) frame.height = String(height);
    }
  });

  const send = (message) => frame.contentWindow.postMessage(message, targetOrigin);

  const on = (id, handler) => document.getElementById(id).addEventListener('click', handler);
  on('set-date', () =>
    send({ type: 'minusma:set-date', date: document.getElementById('date').value }),
  );
  on('play', () => send({ type: 'minusma:play' }));
  on('pause', () => send({ type: 'minusma:pause' }));
  on('lang-fr', () => send({ type: 'minusma:set-lang', lang: 'fr' }));
  on('lang-en', () => send({ type: 'minusma:set-lang', lang: 'en' }));
  on('select-site', () =>
    send({ type: 'minusma:select-site', site: document.getElementById('site').value }),
  );
  on('close-site', () => send({ type: 'minusma:select-site', site: null }));

  /** For tests and the console: send any message, read what came back. */
  window.host = { send, received, frameOrigin, opaque };
})();
