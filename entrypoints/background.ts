export default defineBackground(() => {
  // The background worker owns the badge and the thread ledger (client-threads issue).
});
