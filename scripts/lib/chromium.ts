/** The Chromium the browser tests, Lighthouse and the benchmark drive: Debian's, or CHROMIUM_PATH. */
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Chromium's own background traffic switched off: the network here is closed, so it could only fail or stall. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
