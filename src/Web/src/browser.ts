/**
 * Leaves the SPA with a full page load (the server's /sso routes, an identity provider): react-router only moves
 * within the app. An object, so tests can replace `assign` (jsdom's window.location cannot be spied on).
 */
export const browser = {
  assign(url: string) {
    window.location.assign(url);
  },
};
