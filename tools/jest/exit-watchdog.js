/**
 * Jest global teardown: once the run is over, the process must end. If something still holds the event
 * loop 30 s after the teardown began (a leaked socket, timer or child process, or a native wait that never returns, as under
 * `faketime`, libfaketime#469), name it on stderr and exit instead of hanging CI until its deadline. The
 * timer is unref'd, so it never delays a process that ends normally, and `process.exit()` without a code
 * keeps the code Jest sets for failed tests.
 */
const GRACE_MS = 30_000;

module.exports = function armExitWatchdog() {
  setTimeout(() => {
    const holding = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap');
    process.stderr.write(
      `\nJest was still running ${GRACE_MS / 1000} s after its tests ended, held by: ` +
        `${holding.join(', ') || 'nothing visible (a native wait)'}; exiting.\n`,
    );
    process.exit();
  }, GRACE_MS).unref();
};
