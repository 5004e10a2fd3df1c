/**
 * Electron fuses flipped into the packaged binary by electron-builder (`electronFuses` in
 * electron-builder.yml, which a test keeps equal to this table). Fuses cannot be changed at run
 * time, so they hold even if the app's own code is tampered with.
 */
export const ELECTRON_FUSES = {
  // The binary must not double as a general Node.js interpreter (ELECTRON_RUN_AS_NODE).
  runAsNode: false,
  // Cookies and local storage encrypted with the OS key store.
  enableCookieEncryption: true,
  // NODE_OPTIONS and --inspect would let anyone inject code into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // The code that runs is the code we shipped: app.asar only, checked against its embedded hash.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The app serves itself from app://; file: needs none of its legacy privileges.
  grantFileProtocolExtraPrivileges: false,
} as const;
