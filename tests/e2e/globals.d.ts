// The extension API inside page.evaluate / worker.evaluate callbacks (they run in the browser).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
