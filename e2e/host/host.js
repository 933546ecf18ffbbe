/*
 * An example host page's script, free of inline code so the page runs under a strict
 * CSP: it frames the map with the Embed dialog's attributes, logs what the map sends
 * (as text), and sends commands from its buttons or from `window.host.send(...)`.
 */
(() => {
  const params = new URLSearchParams(window.location.search);
  const src = params.get('src');
  if (!src) throw new Error('host.html needs ?src= the map’s address');
  const frameOrigin = new URL(src).origin;

  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = 'Interactive map: the withdrawal of MINUSMA from Mali, 2023';
  frame.width = '100%';
  frame.height = '720';
  frame.loading = 'lazy';
  frame.allow = 'fullscreen';
  frame.setAttribute(
    'sandbox',
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  );
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
  });

  const send = (message) => frame.contentWindow.postMessage(message, frameOrigin);

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
  window.host = { send, received, frameOrigin };
})();
