/**
 * Web permissions (camera, microphone, geolocation, notifications, clipboard read, HID, serial,
 * …): the app needs none of them, so every request and every check is denied. A function rather
 * than a constant so the wiring and the tests share one decision point.
 */
export function mayGrantPermission(_permission: unknown, _requestingUrl?: unknown): boolean {
  return false;
}

/** Device pickers (`select-hid-device`, `select-serial-port`, `select-usb-device`, bluetooth). */
export function mayUseDevice(_kind: unknown): boolean {
  return false;
}
