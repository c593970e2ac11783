/** The app's version, shown in the UI and written into bundles. Kept in step with package.json by a unit test. */
export const APP_VERSION = '0.1.0';
