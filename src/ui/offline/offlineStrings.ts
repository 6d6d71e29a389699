/** Every fixed string of the offline notices (src/ui/offline); English, moved to catalogs at merge. */
export const OFFLINE_TEXT = {
  updateReady: 'A new version is ready.',
  update: 'Update',
  later: 'Later',
  offlineReady: 'Available offline: Proximal now opens without a connection.',
  dismiss: 'Dismiss',
} as const;
