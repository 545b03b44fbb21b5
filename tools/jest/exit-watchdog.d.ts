/** See exit-watchdog.js: ends a Jest process that something holds after its tests ended. */
export default function armExitWatchdog(): void;
