/** The Chromium the browser tests, Lighthouse and the benchmark drive: Debian's, or CHROMIUM_PATH. */
export const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
